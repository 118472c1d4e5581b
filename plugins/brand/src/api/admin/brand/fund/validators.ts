import { z } from "@medusajs/framework/zod"

export const AdminCreateDisbursement = z
  .object({
    amount: z.number().int().positive(),
    purpose: z.string().trim().min(3).max(500),
    beneficiary_project: z.string().trim().min(2).max(200),
    // A day (from a date field) or an instant; a bare number is not a date.
    occurred_at: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).pipe(z.coerce.date()).default(() => new Date()),
  })
  .strict()
export type AdminCreateDisbursement = z.infer<typeof AdminCreateDisbursement>
