import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { runOrderSplit } from "../workflows/vendor/run-order-split"

// Every completed cart (from the store route or a payment webhook) is split by maker. A failure
// (e.g. the order's lock still held) throws, for the event bus to retry; the sweeper is the backstop.
export default async function splitPlacedOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  await runOrderSplit(container, event.data.id)
}

export const config: SubscriberConfig = { event: "order.placed" }
