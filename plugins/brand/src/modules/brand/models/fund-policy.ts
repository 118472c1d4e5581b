import { model } from "@medusajs/framework/utils"

// One row: the share of every paid order that goes to the fund, set by the coordinators.
export const FundPolicy = model.define("fund_policy", {
  id: model.id({ prefix: "fundpol" }).primaryKey(),
  share_bps: model.number().default(100),
})
