import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DeliveryTemplates, notify } from "../lib/notify"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"

// "In consegna": every resident with a home delivery in the round, with their ETA when planned.
export default async function notifyOutForDelivery({ event, container }: SubscriberArgs<{ id: string; status: string }>) {
  if (event.data.status !== "in_progress") return
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const stops = await service.listDeliveryStops({ round_id: event.data.id, status: "scheduled", kind: "home" }, { take: null })
  if (!stops.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: ["id", "email", "display_id"], filters: { id: stops.map((s) => s.order_id) } })
  for (const stop of stops) {
    const order = orders.find((o: any) => o.id === stop.order_id) as any
    await notify(container, [order?.email], DeliveryTemplates.OUT_FOR_DELIVERY, {
      order_id: stop.order_id,
      display_id: order?.display_id,
      eta: stop.eta ?? null,
    })
  }
}

export const config: SubscriberConfig = { event: "delivery.round_status_changed" }
