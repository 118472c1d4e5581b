import { model } from "@medusajs/framework/utils"
import { Basket } from "./basket"

export const PLACEMENT_STATUSES = ["placing", "awaiting_confirmation", "placed", "nothing_placed", "failed"] as const

/**
 * What a round's cutoff did with a basket: one row per basket and round, claimed before anything
 * is placed (the unique index makes a second close, or a second server, find it and do nothing).
 */
export const BasketPlacement = model
  .define("basket_placement", {
    id: model.id({ prefix: "bsktpl" }).primaryKey(),
    basket: model.belongsTo(() => Basket, { mappedBy: "placements" }),
    round_id: model.text(),
    status: model.enum([...PLACEMENT_STATUSES]).default("placing"),
    order_id: model.text().nullable(),
    // awaiting_confirmation: the saved card's bank asked for the resident (3-D Secure); the cart,
    // priced and paid off session up to the refusal, waits for them until the round's cutoff.
    cart_id: model.text().nullable(),
    // [{ variant_id, title, quantity }] placed, and [{ variant_id, title, quantity, reason }] left out.
    placed: model.json().nullable(),
    left_out: model.json().nullable(),
    reason: model.text().nullable(),
  })
  .indexes([{ name: "IDX_basket_placement_basket_round_unique", on: ["basket_id", "round_id"], unique: true, where: "deleted_at IS NULL" }])
