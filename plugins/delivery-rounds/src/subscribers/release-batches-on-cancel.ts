import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { releaseOrderBatchesWorkflow } from "../workflows/checkout/workflows/release-order-batches"

// A cancelled order, or one maker's cancelled part of it, frees the batch units it held.
export default async function releaseBatchesOnCancel({ event, container }: SubscriberArgs<{ id: string }>) {
  await releaseOrderBatchesWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.canceled" }
