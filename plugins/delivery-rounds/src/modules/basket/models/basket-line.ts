import { model } from "@medusajs/framework/utils"
import { Basket } from "./basket"

/** One product variant of a basket and how many of it each time. */
export const BasketLine = model.define("basket_line", {
  id: model.id({ prefix: "bsktl" }).primaryKey(),
  basket: model.belongsTo(() => Basket, { mappedBy: "lines" }),
  variant_id: model.text(),
  quantity: model.number(),
})
