import { model } from "@medusajs/framework/utils"

/**
 * The drop of a home round that one cart took at checkout: one per round and cart, so a retried
 * completion keeps the drop it took instead of taking another. It belongs to the cart's order
 * once there is one; a claim left without an order (a checkout that failed without giving it
 * back) is released by the sweep. The round's `drops_taken` counts claims, in the same statement.
 */
export const DeliveryDropClaim = model
  .define("delivery_drop_claim", {
    id: model.id({ prefix: "dclm" }).primaryKey(),
    round_id: model.text(),
    cart_id: model.text(),
    order_id: model.text().nullable(),
  })
  .indexes([
    { name: "IDX_delivery_drop_claim_round_cart_unique", on: ["round_id", "cart_id"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_delivery_drop_claim_open", on: ["created_at"], where: "order_id IS NULL AND deleted_at IS NULL" },
  ])
