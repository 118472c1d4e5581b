import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { addressChoice, roundOptionsOf } from "../../../lib/round-choice"
import { stopKey } from "../../../lib/stop-key"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export const createOrderStopStepId = "create-delivery-round-order-stop"

/** What of an order its stop is made from. */
export const ORDER_STOP_FIELDS = ["id", "email", "metadata", "shipping_address.*", "shipping_methods.shipping_option_id"]

export type OrderForStop = {
  id: string
  email?: string | null
  metadata?: Record<string, unknown> | null
  shipping_address?: Parameters<typeof addressChoice>[0]
  shipping_methods?: { shipping_option_id?: string | null }[] | null
}

/**
 * A resident's order for a round joins its stop: the scheduled stop at its door (another order of
 * the same address, or of the same resident at the same pickup point, already made it), or a new
 * one. Once: a replayed event or a second caller finds the order's row and returns its stop.
 * `drop_taken`: the checkout claimed a drop for a new door (`cart_id`'s claim); when the order joins
 * a stop another checkout opened meanwhile (two orders of one door at once), that claim goes back.
 */
export const createOrderStopStep = createStep(
  createOrderStopStepId,
  async (input: { order: OrderForStop; drop_taken?: boolean; cart_id?: string }, { container }) => {
    const { order } = input
    // The makers' child orders ride with their resident's order, never as stops of their own.
    if (order.metadata?.parent_order_id) return new StepResponse(null as string | null, null)
    const optionIds = (order.shipping_methods ?? []).map((m) => m.shipping_option_id).filter((id): id is string => Boolean(id))
    const [choice] = await roundOptionsOf(container, optionIds)
    if (!choice) return new StepResponse(null as string | null, null)
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const existing = await service.currentStopOrder(order.id)
    if (existing) return new StepResponse(existing.stop_id as string | null, null)
    const { point } = addressChoice(order.shipping_address)
    const pickup_point_id = choice.pickup_point_id ?? null
    // `order.placed` and the makers' split both ensure the stop; joinStop lets the loser of that race read the winner's row.
    const joined = await service.joinStop({
      round_id: choice.round_id,
      order_id: order.id,
      address_key: stopKey({ pickup_point_id, email: order.email, address: order.shipping_address }),
      kind: pickup_point_id ? "pickup" : "home",
      pickup_point_id,
      lat: point.lat,
      lng: point.lng,
    })
    const cart_id = input.drop_taken ? input.cart_id : undefined
    const dropBack = Boolean(cart_id && joined.mine && !joined.created && (await service.releaseDropClaim(choice.round_id, cart_id)))
    return new StepResponse(joined.stop_id as string | null, joined.mine ? { joined, round_id: choice.round_id, cart_id, dropBack } : null)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.leaveStop(undo.joined)
    if (undo.dropBack && undo.cart_id) await service.claimDrop(undo.round_id, undo.cart_id)
  }
)
