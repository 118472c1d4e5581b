import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DeliveryTemplates, notify } from "../lib/notify"
import { residentOrders } from "../lib/order-mail"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"

// "In consegna": every resident with a home delivery in the round, with their ETA when planned.
export default async function notifyOutForDelivery({ event, container }: SubscriberArgs<{ id: string; status: string }>) {
  if (event.data.status !== "in_progress") return
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const stops = await service.listDeliveryStops({ round_id: event.data.id, status: "scheduled", kind: "home" }, { take: null })
  if (!stops.length) return
  const round = await service.retrieveDeliveryRound(event.data.id)
  const orders = await residentOrders(container, stops.map((s) => s.order_id))
  for (const stop of stops) {
    const order = orders.get(stop.order_id)
    if (!order) continue
    await notify(container, [order.to], DeliveryTemplates.OUT_FOR_DELIVERY, {
      order_id: stop.order_id,
      display_id: order.display_id,
      has_account: order.has_account,
      eta: stop.eta ?? null,
      ends_at: round.ends_at,
    })
  }
}

export const config: SubscriberConfig = { event: "delivery.round_status_changed" }
