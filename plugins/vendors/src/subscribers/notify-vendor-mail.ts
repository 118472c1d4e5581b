import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { coordinatorRecipients, sendMail } from "@rbv/kit"
import { shopRecipients, VendorMailTemplates } from "../lib/shop-mail"
import { VendorEvents } from "../workflows/events"

type Payload = { id: string; action?: "approve" | "reject" | "suspend" | "reactivate"; reason?: string | null }

// A shop's application reaches the coordinators; their decision (approve, reject, suspend,
// reactivate, with the reason) reaches the shop.
export default async function notifyVendorMail({ event, container }: SubscriberArgs<Payload>) {
  const { vendor, to } = await shopRecipients(container, event.data.id)
  if (event.name === VendorEvents.APPLIED) {
    await sendMail(container, await coordinatorRecipients(container), VendorMailTemplates.APPLIED, {
      vendor_id: vendor.id,
      vendor_name: vendor.name,
      craft: vendor.craft,
      city: vendor.city,
      email: vendor.email,
    })
    return
  }
  if (!event.data.action) return
  await sendMail(container, to, VendorMailTemplates.STATUS_CHANGED, { vendor_id: vendor.id, vendor_name: vendor.name, action: event.data.action, reason: event.data.reason ?? null })
}

export const config: SubscriberConfig = { event: [VendorEvents.APPLIED, VendorEvents.STATUS_CHANGED] }
