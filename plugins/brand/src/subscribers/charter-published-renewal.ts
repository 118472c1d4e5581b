import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { BrandEvents } from "../workflows/events"
import { notifyCharterRenewalWorkflow } from "../workflows/charter/workflows/notify-charter-renewal"

// A new charter version asks the certified shops to renew (they keep the mark until their certificate ends).
export default async function renewalOnCharterPublished({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyCharterRenewalWorkflow(container).run({ input: { id: event.data.id } })
}

export const config: SubscriberConfig = { event: BrandEvents.CHARTER_PUBLISHED }
