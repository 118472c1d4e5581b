import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { coordinatorEmails, DeliveryTemplates, notify } from "../lib/notify"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"

// Delivered or not: the resident hears it; a failed delivery also reaches the coordinators.
export default async function notifyStopCompleted({ event, container }: SubscriberArgs<{ id: string; order_id: string; outcome: string }>) {
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const stop = await service.retrieveDeliveryStop(event.data.id)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["email", "display_id"], filters: { id: event.data.order_id } })
  const payload = { order_id: event.data.order_id, display_id: data[0]?.display_id, round_id: stop.round_id, note: stop.note ?? null }
  if (event.data.outcome === "delivered") {
    await notify(container, [data[0]?.email], DeliveryTemplates.DELIVERED, payload)
    return
  }
  await notify(container, [data[0]?.email], DeliveryTemplates.FAILED, payload)
  await notify(container, await coordinatorEmails(container), DeliveryTemplates.FAILED_COORDINATOR, payload)
}

export const config: SubscriberConfig = { event: "delivery.stop_completed" }
