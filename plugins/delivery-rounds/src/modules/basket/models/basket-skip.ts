import { model } from "@medusajs/framework/utils"
import { Basket } from "./basket"

/** A round the resident does not want this basket in (one per basket and round). */
export const BasketSkip = model
  .define("basket_skip", {
    id: model.id({ prefix: "bsktsk" }).primaryKey(),
    basket: model.belongsTo(() => Basket, { mappedBy: "skips" }),
    round_id: model.text(),
  })
  .indexes([{ name: "IDX_basket_skip_basket_round_unique", on: ["basket_id", "round_id"], unique: true, where: "deleted_at IS NULL" }])
