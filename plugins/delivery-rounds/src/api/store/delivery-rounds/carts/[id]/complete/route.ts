import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refusal } from "@rbv/kit"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { completeRoundCart } from "../../../../../../workflows/checkout/complete-round-cart-alone"

const ORDER_FIELDS = [
  "id", "display_id", "status", "email", "currency_code", "created_at", "customer_id",
  "total", "subtotal", "item_total", "shipping_total", "tax_total", "discount_total",
  "items.*", "shipping_address.*", "shipping_methods.*",
]
// As Medusa's own completion route: a payment that needs more (3-D Secure) or was refused
// answers 200 with the cart and the error, for the storefront to act on; anything else is an error.
const PAYMENT_ERRORS: string[] = [MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR]

/**
 * POST /store/delivery-rounds/carts/:id/complete → { type: "order", order } (or { type: "cart", cart, error }).
 * A cart already completed — by this click, a second click, another server or the payment
 * webhook — answers with its order, never an error.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const outcome = await completeRoundCart(req.scope, req.params.id)
  if ("conflict" in outcome) {
    throw new MedusaError(MedusaError.Types.CONFLICT, "Cart is already being completed by another request")
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  if ("error" in outcome) {
    const { error } = outcome
    // Medusa's own "Cart id not found" from inside the workflow: the cart this route was given.
    if (error.type === MedusaError.Types.NOT_FOUND) throw refusal(MedusaError.Types.NOT_FOUND, "cart_not_found", error.message, "id")
    if (!PAYMENT_ERRORS.includes(error.type ?? "")) throw error
    const { data: carts } = await query.graph({ entity: "cart", fields: ["id", "total", "*payment_collection", "payment_collection.payment_sessions.*"], filters: { id: req.params.id } })
    return res.json({ type: "cart", cart: carts[0], error: { message: error.message, name: error.name, type: error.type } })
  }
  const { data: orders } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: outcome.order_id } })
  res.json({ type: "order", order: orders[0] })
}
