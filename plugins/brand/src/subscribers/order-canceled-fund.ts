import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reverseOrderInFundWorkflow } from "../workflows/fund/workflows/reverse-order-in-fund"

// A cancelled order gives back all it brought into the fund (child orders brought nothing).
export default async function fundOnOrderCanceled({ event, container }: SubscriberArgs<{ id: string }>) {
  await reverseOrderInFundWorkflow(container).run({ input: { order_id: event.data.id, fraction: 1, reason: "Ordine annullato" } })
}

export const config: SubscriberConfig = { event: "order.canceled" }
