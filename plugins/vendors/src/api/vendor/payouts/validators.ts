import { z } from "@medusajs/framework/zod"
import { isValidIban } from "../../../lib/iban"

export const VendorSetBankDetails = z
  .object({
    iban: z.string().trim().refine(isValidIban, "not a valid IBAN"),
    account_holder: z.string().trim().min(2).max(140),
  })
  .strict()
export type VendorSetBankDetails = z.infer<typeof VendorSetBankDetails>

export const VendorStartOnboarding = z.object({}).strict()

export const AdminListPayouts = z.object({
  status: z.enum(["processing", "paid", "awaiting_bank_transfer", "exported", "offset", "failed"]).optional(),
  vendor_id: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
})

export const AdminRecordCash = z.object({ amount: z.number().int().positive() }).strict()
export type AdminRecordCash = z.infer<typeof AdminRecordCash>
