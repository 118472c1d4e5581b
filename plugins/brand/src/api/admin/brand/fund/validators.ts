import { z } from "@medusajs/framework/zod"

export const AdminCreateDisbursement = z
  .object({
    amount: z.number().int().positive(),
    purpose: z.string().trim().min(3).max(500),
    beneficiary_project: z.string().trim().min(2).max(200),
    occurred_at: z.coerce.date().default(() => new Date()),
  })
  .strict()
export type AdminCreateDisbursement = z.infer<typeof AdminCreateDisbursement>
