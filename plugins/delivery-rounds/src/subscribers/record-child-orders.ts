import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordStopChildOrdersWorkflow } from "../workflows/delivery/workflows/record-stop-child-orders"

// The vendors plugin announces each resident's order split into makers' child orders.
export default async function recordChildOrders({ event, container }: SubscriberArgs<{ id: string; child_order_ids: string[] }>) {
  await recordStopChildOrdersWorkflow(container).run({ input: { order_id: event.data.id, child_order_ids: event.data.child_order_ids } })
}

export const config: SubscriberConfig = { event: "vendor.order_split" }
