import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DeliveryTemplates, inviteUrl, notify } from "../lib/notify"

// The invite e-mail carries the one-time link to /logistica/invito on the storefront.
export default async function notifyVolunteerInvited({ event, container }: SubscriberArgs<{ id: string; email: string; token: string }>) {
  await notify(container, [event.data.email], DeliveryTemplates.VOLUNTEER_INVITED, {
    volunteer_id: event.data.id,
    invite_url: inviteUrl(event.data.token),
  })
}

export const config: SubscriberConfig = { event: "delivery.volunteer_invited" }
