import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DeliveryTemplates, notify } from "../lib/notify"
import { cancelledPayment, residentOrders } from "../lib/order-mail"
import { DeliveryEvents } from "../workflows/events"

// A resident's whole order cancelled — by the resident before the cutoff, or by the coordinators — is told
// to the resident in writing, with what happens to the money.
// `refunded`: what the cancel gave back on the cards (cents), read just before it.
export default async function notifyOrderCancelled({ event, container }: SubscriberArgs<{ id: string; refunded?: number }>) {
  const order = (await residentOrders(container, [event.data.id])).get(event.data.id)
  if (!order) return
  const payment = await cancelledPayment(container, order.id, event.data.refunded ?? 0)
  await notify(container, [order.to], DeliveryTemplates.ORDER_CANCELLED, {
    order_id: order.id,
    display_id: order.display_id,
    has_account: order.has_account,
    by: event.name === DeliveryEvents.ORDER_CANCELLED_BY_NETWORK ? "network" : "resident",
    ...payment,
  })
}

export const config: SubscriberConfig = { event: [DeliveryEvents.ORDER_CANCELLED_BY_RESIDENT, DeliveryEvents.ORDER_CANCELLED_BY_NETWORK] }
