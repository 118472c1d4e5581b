import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { batchShortfalls } from "../../lib/batch-wants"
import { roundOptionsOf, roundRefusalOf } from "../../lib/round-choice"

const CART_FIELDS = ["id", "items.product_id", "items.quantity", "shipping_address.*", "shipping_methods.shipping_option_id"]

async function cartOf(req: MedusaRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: CART_FIELDS, filters: { id: req.params.id } })
  return data[0] as any
}

/**
 * Medusa's POST /store/carts/:id/shipping-methods takes a round's option only for a cart the
 * round can serve now: open, before cutoff, in zone, with room, with enough of each maker's batch.
 * (A guard before Medusa's route, not a handler on its workflow's one hook slot.)
 */
export async function validateRoundShippingChoice(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const optionId = (req.body as { option_id?: unknown } | undefined)?.option_id
    if (typeof optionId !== "string") return next()
    const [choice] = await roundOptionsOf(req.scope, [optionId])
    const cart = choice && (await cartOf(req))
    if (!choice || !cart) return next()
    const refusal = await roundRefusalOf(req.scope, choice, cart)
    if (refusal) return next(new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal.message, refusal.code))
    const short = (await batchShortfalls(req.scope, [choice.round_id], cart.items ?? [])).get(choice.round_id) ?? []
    if (short.length) {
      const names = short.map((s) => `${s.name} (${s.left} left)`).join(", ")
      return next(new MedusaError(MedusaError.Types.NOT_ALLOWED, `Not enough left for this round: ${names}. Choose another round`, "batch_sold_out"))
    }
    next()
  } catch (error) {
    next(error)
  }
}

/**
 * Medusa's POST /store/carts/:id/complete would place a round's order without holding its drop
 * and batches: such a cart completes through POST /store/delivery-rounds/carts/:id/complete.
 */
export async function requireRoundCheckout(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const cart = await cartOf(req)
    const optionIds = (cart?.shipping_methods ?? []).map((m: any) => m.shipping_option_id).filter(Boolean)
    if (!(await roundOptionsOf(req.scope, optionIds)).length) return next()
    next(
      new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `This cart rides a delivery round: complete it with POST /store/delivery-rounds/carts/${req.params.id}/complete`,
        "round_checkout_required"
      )
    )
  } catch (error) {
    next(error)
  }
}
