import type { MedusaContainer } from "@medusajs/framework/types"
import { coordinatorRecipients, sendMail, type MailRecipient } from "@rbv/kit"

export const DeliveryTemplates = {
  ROUND_CHOSEN: "delivery-round-chosen",
  OUT_FOR_DELIVERY: "delivery-out-for-delivery",
  DELIVERED: "delivery-delivered",
  FAILED: "delivery-failed",
  FAILED_COORDINATOR: "delivery-failed-coordinator",
  VOLUNTEER_INVITED: "delivery-volunteer-invited",
  PACKING_LIST: "delivery-packing-list",
  MAKER_PART_RELEASED: "delivery-maker-part-released",
} as const

/**
 * E-mails through Medusa's notification module (channel "email": the @rbv/mail provider renders
 * the template in each recipient's language and sends it, or keeps it in the outbox).
 */
export const notify = (container: MedusaContainer, to: MailRecipient[], template: string, data: Record<string, unknown>) => sendMail(container, to, template, data)

/** Where an invited volunteer creates their login (the storefront's /logistica/invito). */
export const inviteUrl = (token: string) => `${process.env.STOREFRONT_URL || "http://localhost:8000"}/logistica/invito?token=${encodeURIComponent(token)}`

/** Coordinators are the admin users: failed deliveries reach all of them. */
export const coordinators = (container: MedusaContainer) => coordinatorRecipients(container)
