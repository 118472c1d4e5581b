import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { addressChoice, roundOptionsOf } from "../../../lib/round-choice"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export const createOrderStopStepId = "create-delivery-round-order-stop"

export type OrderForStop = {
  id: string
  metadata?: Record<string, unknown> | null
  shipping_address?: Parameters<typeof addressChoice>[0]
  shipping_methods?: { shipping_option_id?: string | null }[] | null
}

/** A resident's order for a round becomes one of its stops (once: a replayed event or a second caller finds it). */
export const createOrderStopStep = createStep(
  createOrderStopStepId,
  async (input: { order: OrderForStop }, { container }) => {
    const { order } = input
    // The makers' child orders ride with their resident's order, never as stops of their own.
    if (order.metadata?.parent_order_id) return new StepResponse(null, null)
    const optionIds = (order.shipping_methods ?? []).map((m) => m.shipping_option_id).filter((id): id is string => Boolean(id))
    const [choice] = await roundOptionsOf(container, optionIds)
    if (!choice) return new StepResponse(null, null)
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const [existing] = await service.listDeliveryStops({ order_id: order.id }, { take: 1 })
    if (existing) return new StepResponse(existing.id, null)
    const { point } = addressChoice(order.shipping_address)
    try {
      const stop = await service.createDeliveryStops({
        round_id: choice.round_id,
        order_id: order.id,
        kind: choice.pickup_point_id ? "pickup" : "home",
        pickup_point_id: choice.pickup_point_id ?? null,
        lat: point.lat,
        lng: point.lng,
      })
      return new StepResponse(stop.id, stop.id)
    } catch (error) {
      // `order.placed` and the makers' split both ensure the stop; the one that loses the race reads it.
      const [made] = await service.listDeliveryStops({ order_id: order.id }, { take: 1 })
      if (!made) throw error
      return new StepResponse(made.id, null)
    }
  },
  async (stopId, { container }) => {
    if (!stopId) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.deleteDeliveryStops(stopId)
  }
)
