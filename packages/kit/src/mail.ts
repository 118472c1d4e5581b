import type { CreateNotificationDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/** Someone to write to, and the language they read ("it" unless they chose English). */
export type MailRecipient = { email: string | null | undefined; locale?: string | null }

export const mailLocale = (value: unknown): "it" | "en" => (typeof value === "string" && value.toLowerCase().startsWith("en") ? "en" : "it")

/** A resident's language for an order: chosen at checkout (order metadata), else their account's. */
export const residentLocale = (order: { metadata?: Record<string, unknown> | null; customer?: { metadata?: Record<string, unknown> | null } | null } | null | undefined) =>
  mailLocale(order?.metadata?.locale ?? order?.customer?.metadata?.locale)

/**
 * One e-mail notification per recipient (deduplicated), each with the recipient's language in
 * `data.locale`, for Medusa's notification module; the @rbv/mail provider renders `template`.
 */
export function mailNotifications(
  to: MailRecipient[],
  template: string,
  data: Record<string, unknown>,
  extra: Omit<CreateNotificationDTO, "to" | "channel" | "template" | "data"> = {}
): CreateNotificationDTO[] {
  const seen = new Set<string>()
  return to.flatMap((r) => {
    const email = r.email?.trim()
    if (!email || seen.has(email.toLowerCase())) return []
    seen.add(email.toLowerCase())
    return [{ ...extra, to: email, channel: "email", template, data: { ...data, locale: mailLocale(r.locale) } }]
  })
}

/** Sends them now (outside a workflow: subscribers that only tell people what happened). */
export async function sendMail(container: MedusaContainer, to: MailRecipient[], template: string, data: Record<string, unknown>) {
  const notifications = mailNotifications(to, template, data)
  if (!notifications.length) return []
  return container.resolve(Modules.NOTIFICATION).createNotifications(notifications)
}

// MedusaService generates it for the Notification model; INotificationModuleService does not declare it.
type Redactable = { updateNotifications(data: { id: string; data: Record<string, unknown> }[]): Promise<unknown> }

/**
 * An e-mail carrying a one-time secret (an invite link, a reset token): sent now, then the copy
 * Medusa keeps of each notification has `redacted` written over those fields, so the secret lives
 * in the e-mail only.
 */
export async function sendSecretMail(
  container: MedusaContainer,
  to: MailRecipient[],
  template: string,
  data: Record<string, unknown>,
  redacted: Record<string, unknown>
) {
  const sent = await sendMail(container, to, template, data)
  await container.resolve<Redactable>(Modules.NOTIFICATION).updateNotifications(sent.map((n) => ({ id: n.id, data: { ...(n.data ?? {}), ...redacted } })))
  return sent
}

/** The network's coordinators are the admin users; each may set `metadata.locale` ("en"). */
export async function coordinatorRecipients(container: MedusaContainer): Promise<MailRecipient[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "user", fields: ["email", "metadata"] })
  return (data as { email: string; metadata?: Record<string, unknown> | null }[]).map((u) => ({ email: u.email, locale: mailLocale(u.metadata?.locale) }))
}
