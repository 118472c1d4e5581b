import { model } from "@medusajs/framework/utils"

// One pass of "pay what is due": by the scheduled job or a coordinator's "run now".
export const PayoutRun = model.define("payout_run", {
  id: model.id({ prefix: "porun" }).primaryKey(),
  trigger: model.enum(["schedule", "admin", "test"]),
  finished_at: model.dateTime().nullable(),
  payouts_count: model.number().default(0),
  total_amount: model.number().default(0),
  reconciled_count: model.number().default(0),
})
