import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DeliveryTemplates, notify } from "../lib/notify"
import { slotLabel } from "../lib/round-options"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"

export default async function notifyRoundChosen({ event, container }: SubscriberArgs<{ id: string }>) {
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const [stop] = await service.listDeliveryStops({ order_id: event.data.id }, { take: 1 })
  if (!stop) return
  const round = await service.retrieveDeliveryRound(stop.round_id)
  const point = stop.pickup_point_id ? await service.retrievePickupPoint(stop.pickup_point_id) : null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["email", "display_id"], filters: { id: event.data.id } })
  await notify(container, [data[0]?.email], DeliveryTemplates.ROUND_CHOSEN, {
    order_id: event.data.id,
    display_id: data[0]?.display_id,
    round_id: round.id,
    slot: slotLabel(round.starts_at, round.ends_at),
    pickup_point: point?.name ?? null,
  })
}

export const config: SubscriberConfig = { event: "order.placed" }
