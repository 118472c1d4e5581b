import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

export const DeliveryTemplates = {
  ROUND_CHOSEN: "delivery-round-chosen",
  OUT_FOR_DELIVERY: "delivery-out-for-delivery",
  DELIVERED: "delivery-delivered",
  FAILED: "delivery-failed",
  FAILED_COORDINATOR: "delivery-failed-coordinator",
  VOLUNTEER_INVITED: "delivery-volunteer-invited",
} as const

/** E-mails through Medusa's notification module (the local provider logs them in development). */
export async function notify(container: MedusaContainer, to: (string | null | undefined)[], template: string, data: Record<string, unknown>) {
  const recipients = [...new Set(to.filter((t): t is string => Boolean(t)))]
  if (!recipients.length) return []
  const notifications = container.resolve(Modules.NOTIFICATION)
  return notifications.createNotifications(recipients.map((email) => ({ to: email, channel: "email", template, data })))
}

/** Where an invited volunteer creates their login (the storefront's /logistica/invito). */
export const inviteUrl = (token: string) => `${process.env.STOREFRONT_URL || "http://localhost:8000"}/logistica/invito?token=${encodeURIComponent(token)}`

/** Coordinators are the admin users: failed deliveries reach all of them. */
export async function coordinatorEmails(container: MedusaContainer): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "user", fields: ["email"] })
  return data.map((u: any) => u.email).filter(Boolean)
}
