import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordPaymentContributionWorkflow } from "../workflows/fund/workflows/record-order-contribution"

export default async function fundOnPaymentCaptured({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordPaymentContributionWorkflow(container).run({ input: { payment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "payment.captured" }
