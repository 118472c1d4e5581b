import type { MedusaContainer } from "@medusajs/framework/types"
import { coordinatorRecipients, sendMail, type MailRecipient } from "@rbv/kit"
import type { ResidentOrder } from "./order-mail"

export const DeliveryTemplates = {
  ROUND_CHOSEN: "delivery-round-chosen",
  OUT_FOR_DELIVERY: "delivery-out-for-delivery",
  DELIVERED: "delivery-delivered",
  FAILED: "delivery-failed",
  FAILED_COORDINATOR: "delivery-failed-coordinator",
  DELIVERED_AGAIN_COORDINATOR: "delivery-delivered-again-coordinator",
  VOLUNTEER_INVITED: "delivery-volunteer-invited",
  PACKING_LIST: "delivery-packing-list",
  MAKER_PART_RELEASED: "delivery-maker-part-released",
  BASKET_PLACED: "delivery-basket-placed",
  ORDER_CANCELLED: "delivery-order-cancelled",
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

/** Orders named in one message, by order number (`display_id` is the first, for templates that show one number). */
export function namedOrders(orders: ResidentOrder[]) {
  const list = [...orders].sort((a, b) => (a.display_id ?? 0) - (b.display_id ?? 0))
  return {
    order_id: list[0]?.id ?? null,
    order_ids: list.map((o) => o.id),
    display_id: list[0]?.display_id ?? null,
    display_ids: list.map((o) => o.display_id),
    has_account: list.some((o) => o.has_account),
  }
}

/** A stop's orders grouped by resident (one e-mail address): one message per person, naming every order. */
export function ordersByRecipient(orders: ResidentOrder[]) {
  const byEmail = new Map<string, ResidentOrder[]>()
  for (const o of orders) if (o.to.email) byEmail.set(o.to.email, [...(byEmail.get(o.to.email) ?? []), o])
  return [...byEmail.values()].map((list) => ({ to: list[0].to, orders: namedOrders(list) }))
}
