import { model } from "@medusajs/framework/utils"
import { BatchUsage } from "./batch-usage"

/** The units one checkout took from a round's batch; released when its order (or that maker's part) is cancelled. */
export const BatchClaim = model.define("batch_claim", {
  id: model.id({ prefix: "bclm" }).primaryKey(),
  usage: model.belongsTo(() => BatchUsage, { mappedBy: "claims" }),
  cart_id: model.text().index("IDX_batch_claim_cart_id"),
  // Filled in once the cart became an order.
  order_id: model.text().index("IDX_batch_claim_order_id").nullable(),
  quantity: model.number(),
  released_at: model.dateTime().nullable(),
})
