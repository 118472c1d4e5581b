import { z } from "@medusajs/framework/zod"
import { MAX_ROUNDUP_CENTS } from "../../../lib/round-up"

export const StoreSetRoundUp = z
  .object({
    cart_id: z.string().min(1),
    amount: z.number().int("amount: whole cents").min(0, "amount: cannot be negative").max(MAX_ROUNDUP_CENTS, `amount: at most ${MAX_ROUNDUP_CENTS} cents`),
  })
  .strict()
export type StoreSetRoundUp = z.infer<typeof StoreSetRoundUp>

export const StoreRedeemVoucher = z
  .object({
    code: z.string().trim().toUpperCase().min(6).max(20),
    pickup_point: z.string().trim().min(2).max(200),
  })
  .strict()
export type StoreRedeemVoucher = z.infer<typeof StoreRedeemVoucher>
