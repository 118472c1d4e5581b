import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { splitOrderByVendorWorkflow } from "../workflows/vendor/workflows/split-order-by-vendor"

// Every completed cart (from the store route or a payment webhook) is split by maker.
export default async function splitPlacedOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  await splitOrderByVendorWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
