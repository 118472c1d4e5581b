import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordRefundAdjustmentsWorkflow } from "../workflows/payout/workflows/record-refund-adjustments"

export default async function payoutOnRefund({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordRefundAdjustmentsWorkflow(container).run({ input: { payment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "payment.refunded" }
