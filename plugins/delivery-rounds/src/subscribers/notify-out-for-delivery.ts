import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DeliveryTemplates, notify, ordersByRecipient } from "../lib/notify"
import { residentOrders } from "../lib/order-mail"
import { liveStopOrders } from "../lib/round-context"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"

// "In consegna": every resident with a home delivery in the round (once per door, naming all their orders), with their ETA when planned.
export default async function notifyOutForDelivery({ event, container }: SubscriberArgs<{ id: string; status: string }>) {
  if (event.data.status !== "in_progress") return
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const stops = await service.listDeliveryStops({ round_id: event.data.id, status: "scheduled", kind: "home" }, { take: null, relations: ["orders"] })
  if (!stops.length) return
  const round = await service.retrieveDeliveryRound(event.data.id)
  const orders = await residentOrders(container, stops.flatMap((s) => liveStopOrders(s as any).map((o) => o.order_id)))
  for (const stop of stops) {
    const own = liveStopOrders(stop as any).flatMap((row) => orders.get(row.order_id) ?? [])
    for (const { to, orders: named } of ordersByRecipient(own)) {
      await notify(container, [to], DeliveryTemplates.OUT_FOR_DELIVERY, { ...named, eta: stop.eta ?? null, ends_at: round.ends_at })
    }
  }
}

export const config: SubscriberConfig = { event: "delivery.round_status_changed" }
