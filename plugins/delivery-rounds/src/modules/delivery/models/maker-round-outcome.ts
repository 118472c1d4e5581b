import { model } from "@medusajs/framework/utils"
import { DeliveryRound } from "./delivery-round"

export const MINIMUM_OUTCOMES = ["reached", "kept", "released"] as const

/** What a round's cutoff decided for one maker with a minimum (once per round × maker). */
export const MakerRoundOutcome = model
  .define("maker_round_outcome", {
    id: model.id({ prefix: "mrout" }).primaryKey(),
    round: model.belongsTo(() => DeliveryRound, { mappedBy: "maker_outcomes" }),
    vendor_id: model.text().index("IDX_maker_round_outcome_vendor_id"),
    total: model.bigNumber(),
    minimum: model.bigNumber(),
    outcome: model.enum([...MINIMUM_OUTCOMES]),
    // The maker's child orders of the round: the module link in links/maker-outcome-orders.ts.
  })
  .indexes([{ name: "IDX_maker_round_outcome_round_vendor_unique", on: ["round_id", "vendor_id"], unique: true, where: "deleted_at IS NULL" }])
