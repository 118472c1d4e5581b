import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { coordinators, DeliveryTemplates, namedOrders, notify, ordersByRecipient } from "../lib/notify"
import { residentOrders } from "../lib/order-mail"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"

// Delivered or not: each resident of the stop hears it once for all their orders; a failed delivery also reaches the
// coordinators, and so does the same door delivered on a second pass (so nobody calls the resident for nothing).
export default async function notifyStopCompleted({
  event,
  container,
}: SubscriberArgs<{ id: string; order_ids: string[]; outcome: string; second_pass?: boolean; note?: string | null }>) {
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const stop = await service.retrieveDeliveryStop(event.data.id)
  const orders = [...(await residentOrders(container, event.data.order_ids ?? [])).values()]
  const failed = event.data.outcome !== "delivered"
  const base = { round_id: stop.round_id, note: event.data.note !== undefined ? event.data.note : stop.note ?? null }
  for (const { to, orders: named } of ordersByRecipient(orders)) {
    await notify(container, [to], failed ? DeliveryTemplates.FAILED : DeliveryTemplates.DELIVERED, { ...base, ...named, ...(failed ? { kind: stop.kind } : {}) })
  }
  if ((failed || event.data.second_pass) && orders.length) {
    const template = failed ? DeliveryTemplates.FAILED_COORDINATOR : DeliveryTemplates.DELIVERED_AGAIN_COORDINATOR
    await notify(container, await coordinators(container), template, { ...base, ...namedOrders(orders) })
  }
}

export const config: SubscriberConfig = { event: "delivery.stop_completed" }
