import { z } from "@medusajs/framework/zod"

// The cash taken at the hub, in cents (0: handed over without payment, or paid online).
export const AdminRecordHubCollection = z
  .object({ amount: z.number({ error: "amount: the cash taken, in cents" }).int("amount: whole cents").min(0, "amount: not negative").max(10_000_000, "amount: too large") })
  .strict()
export type AdminRecordHubCollection = z.infer<typeof AdminRecordHubCollection>
