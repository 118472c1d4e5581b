import { z } from "@medusajs/framework/zod"

export const VendorSetRoundMinimum = z
  .object({
    amount: z
      .number({ error: "amount: the least your part of a round must be worth, in euro (null: no minimum)" })
      .min(0.01, "amount: more than 0 €")
      .max(100000, "amount: at most 100000 €")
      .refine((v) => Number.isInteger(Math.round(v * 100)) && Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, "amount: in euro and cents")
      .nullable(),
    below: z.enum(["release", "keep"], { error: "below: release or keep" }).default("keep"),
  })
  .strict()
export type VendorSetRoundMinimum = z.infer<typeof VendorSetRoundMinimum>
