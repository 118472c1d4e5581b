import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../../modules/delivery"
import type DeliveryModuleService from "../../modules/delivery/service"
import { addressChoice, roundOptionsOf } from "./round-choice"

// The order joins its round as a stop in the same workflow that took the drop.
// `orderCreated` is a real hook of completeCartWorkflow that its types do not list yet.
;(completeCartWorkflow.hooks as any).orderCreated(
  async ({ order_id }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "shipping_address.*", "shipping_methods.shipping_option_id"],
      filters: { id: order_id },
    })
    const order = orders[0] as any
    const optionIds = (order?.shipping_methods ?? []).map((m: any) => m.shipping_option_id).filter(Boolean)
    const [choice] = await roundOptionsOf(container, optionIds)
    if (!choice) return new StepResponse(null, null)
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const existing = await service.listDeliveryStops({ order_id }, { take: 1 })
    if (existing.length) return new StepResponse(existing[0].id, null)
    const { point } = addressChoice(order.shipping_address)
    const stop = await service.createDeliveryStops({
      round_id: choice.round_id,
      order_id,
      kind: choice.pickup_point_id ? "pickup" : "home",
      pickup_point_id: choice.pickup_point_id ?? null,
      lat: point.lat,
      lng: point.lng,
    })
    return new StepResponse(stop.id, stop.id)
  },
  async (stopId, { container }) => {
    if (!stopId) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.deleteDeliveryStops(stopId)
  }
)
