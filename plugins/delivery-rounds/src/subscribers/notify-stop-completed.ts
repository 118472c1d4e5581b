import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { coordinators, DeliveryTemplates, notify } from "../lib/notify"
import { residentOrders } from "../lib/order-mail"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"

// Delivered or not: the resident hears it; a failed delivery also reaches the coordinators.
export default async function notifyStopCompleted({ event, container }: SubscriberArgs<{ id: string; order_id: string; outcome: string }>) {
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const stop = await service.retrieveDeliveryStop(event.data.id)
  const order = (await residentOrders(container, [event.data.order_id])).get(event.data.order_id)
  const payload = { order_id: event.data.order_id, display_id: order?.display_id ?? null, has_account: order?.has_account ?? false, round_id: stop.round_id, note: stop.note ?? null }
  const resident = order ? [order.to] : []
  if (event.data.outcome === "delivered") {
    await notify(container, resident, DeliveryTemplates.DELIVERED, payload)
    return
  }
  await notify(container, resident, DeliveryTemplates.FAILED, payload)
  await notify(container, await coordinators(container), DeliveryTemplates.FAILED_COORDINATOR, payload)
}

export const config: SubscriberConfig = { event: "delivery.stop_completed" }
