import { z } from "@medusajs/framework/zod"

// The cash taken at the hub, in cents (0: handed over without payment, or paid online).
export const AdminRecordHubCollection = z
  .object({ amount: z.number({ error: "amount: the cash taken, in cents" }).int("amount: whole cents").min(0, "amount: not negative").max(10_000_000, "amount: too large") })
  .strict()
export type AdminRecordHubCollection = z.infer<typeof AdminRecordHubCollection>

// The later round a failed order goes into.
export const AdminRerouteOrder = z.object({ round_id: z.string({ error: "round_id: the round to put the order into" }).min(1, "round_id: the round to put the order into") }).strict()
export type AdminRerouteOrder = z.infer<typeof AdminRerouteOrder>
