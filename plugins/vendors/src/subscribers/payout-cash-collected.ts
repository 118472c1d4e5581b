import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CASH_COLLECTED_EVENT } from "../workflows/payout/events"
import { recordCashCollectionWorkflow } from "../workflows/payout/workflows/record-cash-collection"

// The delivery-rounds plugin reports cash collected at the door (amount in cents); the
// resident's pay-on-delivery payment is captured so the money counts as received.
export default async function payoutOnCashCollected({ event, container }: SubscriberArgs<{ order_id: string; amount: number; collected_by?: string }>) {
  try {
    await recordCashCollectionWorkflow(container).run({ input: { order_id: event.data.order_id, amount: event.data.amount, collected_by: event.data.collected_by } })
  } catch (e: any) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`cash collection for ${event.data.order_id} not recorded: ${e?.message ?? e}`)
  }
}

export const config: SubscriberConfig = { event: CASH_COLLECTED_EVENT }
