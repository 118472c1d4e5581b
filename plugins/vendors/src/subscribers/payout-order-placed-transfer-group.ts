import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { tagPaymentTransferGroupWorkflow } from "../workflows/payout/workflows/tag-payment-transfer-group"

export default async function payoutTransferGroupOnOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await tagPaymentTransferGroupWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed" }
