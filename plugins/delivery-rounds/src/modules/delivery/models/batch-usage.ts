import { model } from "@medusajs/framework/utils"
import { BatchClaim } from "./batch-claim"
import { BatchLimit } from "./batch-limit"
import { DeliveryRound } from "./delivery-round"

/** How many units of a batch limit a round has taken: the count starts again with every round. */
export const BatchUsage = model
  .define("batch_usage", {
    id: model.id({ prefix: "buse" }).primaryKey(),
    batch_limit: model.belongsTo(() => BatchLimit, { mappedBy: "usages" }),
    round: model.belongsTo(() => DeliveryRound, { mappedBy: "batch_usages" }),
    taken: model.number().default(0),
    claims: model.hasMany(() => BatchClaim, { mappedBy: "usage" }),
  })
  .indexes([{ name: "IDX_batch_usage_limit_round_unique", on: ["batch_limit_id", "round_id"], unique: true, where: "deleted_at IS NULL" }])
