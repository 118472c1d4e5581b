import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { cancelDeliveryStopWorkflow } from "../workflows/delivery/workflows/cancel-delivery-stop"

// A cancelled order leaves its round: its drop goes back to other residents while the round is open.
export default async function releaseStopOnCancel({ event, container }: SubscriberArgs<{ id: string }>) {
  await cancelDeliveryStopWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.canceled" }
