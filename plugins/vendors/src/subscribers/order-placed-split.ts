import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { splitOrderByVendorWorkflow } from "../workflows/vendor/workflows/split-order-by-vendor"

// Every completed cart (from the store route or a payment webhook) is split by maker.
// The log line says which instance did it (operations read it to tell the worker is working).
export default async function splitPlacedOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  const { result } = await splitOrderByVendorWorkflow(container).run({ input: { order_id: event.data.id } })
  if (result.length) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Order ${event.data.id} split into ${result.length} maker orders (pid ${process.pid})`)
  }
}

export const config: SubscriberConfig = { event: "order.placed" }
