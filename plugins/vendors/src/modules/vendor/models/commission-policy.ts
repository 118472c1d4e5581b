import { model } from "@medusajs/framework/utils"

// One row: the network's default commission, decided by the coordinators.
export const CommissionPolicy = model.define("commission_policy", {
  id: model.id({ prefix: "compol" }).primaryKey(),
  default_rate_bps: model.number().default(1000),
})
