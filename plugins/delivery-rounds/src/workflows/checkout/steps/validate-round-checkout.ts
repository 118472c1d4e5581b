import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import type { BatchLine } from "../../../lib/batch-wants"
import { addressChoice, roundOptionsOf, roundRefusalOf } from "../../../lib/round-choice"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export const validateRoundCheckoutStepId = "validate-delivery-round-checkout"

export type RoundCheckoutCart = {
  id: string
  items?: (BatchLine & { id?: string })[] | null
  shipping_methods?: { shipping_option_id?: string | null }[] | null
  shipping_address?: Parameters<typeof addressChoice>[0]
}

/** `takes_drop`: a home delivery to a door the round does not stop at yet (a door it stops at already costs no new drop). */
export type RoundCheckout = { round_id: string; pickup_point_id: string | null; takes_drop: boolean; cart_id: string; lines: BatchLine[] }

/**
 * At completion, not only in the UI: the cart's round must still be open, before cutoff, serve
 * its address and (home delivery) have room. Null when the cart rides no round of ours or was
 * already completed (a second click finds its order, taking nothing again).
 */
export const validateRoundCheckoutStep = createStep(
  validateRoundCheckoutStepId,
  async (input: { cart: RoundCheckoutCart; completed_order_id?: string | null }, { container }) => {
    if (input.completed_order_id) return new StepResponse(null as RoundCheckout | null)
    const optionIds = (input.cart.shipping_methods ?? []).map((m) => m.shipping_option_id).filter((id): id is string => Boolean(id))
    const [choice] = await roundOptionsOf(container, optionIds)
    if (!choice) return new StepResponse(null as RoundCheckout | null)
    const refusal = await roundRefusalOf(container, choice, input.cart)
    if (refusal) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal.message, refusal.code)
    const lines = (input.cart.items ?? []).map((i) => ({ product_id: i.product_id, quantity: i.quantity }))
    const pickup_point_id = choice.pickup_point_id ?? null
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const takes_drop = !pickup_point_id && !(await service.stopAwaits(choice.round_id, addressChoice(input.cart.shipping_address).address_key))
    return new StepResponse({ round_id: choice.round_id, pickup_point_id, takes_drop, cart_id: input.cart.id, lines } as RoundCheckout | null)
  }
)
