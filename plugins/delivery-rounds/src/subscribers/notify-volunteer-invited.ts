import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DeliveryTemplates, notify } from "../lib/notify"

// The invite e-mail carries the one-time link to /logistica/invito on the storefront.
export default async function notifyVolunteerInvited({ event, container }: SubscriberArgs<{ id: string; email: string; token: string }>) {
  const storefront = process.env.STOREFRONT_URL || "http://localhost:8000"
  await notify(container, [event.data.email], DeliveryTemplates.VOLUNTEER_INVITED, {
    volunteer_id: event.data.id,
    invite_url: `${storefront}/logistica/invito?token=${encodeURIComponent(event.data.token)}`,
  })
}

export const config: SubscriberConfig = { event: "delivery.volunteer_invited" }
