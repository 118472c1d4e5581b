import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordDeliveredOrderWorkflow } from "../workflows/payout/workflows/record-delivered-order"

// A fulfillment marked delivered (the volunteer's stop, or the admin): a maker's child order
// that was delivered becomes payable after the holding period.
export default async function payoutOnDelivery({ event, container }: SubscriberArgs<{ id: string }>) {
  await recordDeliveredOrderWorkflow(container).run({ input: { fulfillment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "delivery.created" }
