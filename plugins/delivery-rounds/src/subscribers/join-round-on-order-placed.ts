import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DeliveryTemplates, notify } from "../lib/notify"
import { orderSummary, residentOrders } from "../lib/order-mail"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"
import { createOrderStopWorkflow } from "../workflows/checkout/workflows/create-order-stop"

/**
 * Every placed order that chose a round (through our checkout or Medusa's payment webhook) joins
 * it as a stop; then the resident gets the order confirmation (the stop must exist first): the
 * round (or pickup) chosen, what was bought, what to pay and the transparent price — in the
 * language they shopped in.
 */
export default async function joinRoundOnOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  const { result: stopId } = await createOrderStopWorkflow(container).run({ input: { order_id: event.data.id } })
  if (!stopId) return
  const order = (await residentOrders(container, [event.data.id])).get(event.data.id)
  if (!order) return
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const stop = await service.retrieveDeliveryStop(stopId)
  const round = await service.retrieveDeliveryRound(stop.round_id)
  const point = stop.pickup_point_id ? await service.retrievePickupPoint(stop.pickup_point_id) : null
  const summary = await orderSummary(container, order.id)
  await notify(container, [order.to], DeliveryTemplates.ROUND_CHOSEN, {
    ...summary,
    order_id: order.id,
    display_id: order.display_id,
    has_account: order.has_account,
    round_id: round.id,
    starts_at: round.starts_at,
    ends_at: round.ends_at,
    pickup_point: point?.name ?? null,
    pickup_address: point ? [point.address_1, point.city].filter(Boolean).join(", ") : null,
  })
}

export const config: SubscriberConfig = { event: "order.placed" }
