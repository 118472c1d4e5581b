import type { CreateNotificationDTO, MedusaContainer } from "@medusajs/framework/types"
import { randomUUID } from "node:crypto"
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

// One-time secrets on their way to the mail provider, by reference. Medusa's notification module
// stores a notification's `data` before it calls the provider (and again after, also when the send
// fails): a secret in it would sit in the table coordinators can read. The provider runs in the
// process that asks for the mail, so the secret waits here instead; on globalThis, in case two copies
// of @rbv/kit are loaded (the plugins' and the app's).
const SECRETS_KEY = Symbol.for("@rbv/kit/mail-secrets")
const secrets = ((globalThis as Record<symbol, unknown>)[SECRETS_KEY] ??= new Map()) as Map<string, Record<string, unknown>>
const SECRET_REF = "secret_ref"

/**
 * An e-mail carrying a one-time secret (an invite link, a reset token). The notification Medusa keeps
 * holds `redacted` in place of those fields from the start; the provider puts the secret back
 * (`withMailSecrets`) while it renders the e-mail, so the secret lives in the e-mail only.
 */
export async function sendSecretMail(
  container: MedusaContainer,
  to: MailRecipient[],
  template: string,
  data: Record<string, unknown>,
  redacted: Record<string, unknown>
) {
  const ref = randomUUID()
  secrets.set(ref, Object.fromEntries(Object.keys(redacted).map((key) => [key, data[key]])))
  try {
    return await sendMail(container, to, template, { ...data, ...redacted, [SECRET_REF]: ref })
  } finally {
    secrets.delete(ref)
  }
}

/**
 * A notification's data as the e-mail needs it: with its one-time secret back in when it has one.
 * Throws when the secret is no longer here (a notification sent again later): an e-mail with
 * «[sent]» for a link would only confuse its reader.
 */
export function withMailSecrets(data: Record<string, unknown> | null | undefined): Record<string, unknown> {
  const ref = data?.[SECRET_REF]
  if (typeof ref !== "string") return data ?? {}
  const secret = secrets.get(ref)
  if (!secret) throw new Error("this e-mail's one-time link is no longer available: it is sent only once, when it is made")
  const { [SECRET_REF]: _ref, ...rest } = data!
  return { ...rest, ...secret }
}

/** The network's coordinators are the admin users; each may set `metadata.locale` ("en"). */
export async function coordinatorRecipients(container: MedusaContainer): Promise<MailRecipient[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "user", fields: ["email", "metadata"] })
  return (data as { email: string; metadata?: Record<string, unknown> | null }[]).map((u) => ({ email: u.email, locale: mailLocale(u.metadata?.locale) }))
}

/**
 * The language of the coordinator making a request (her admin user's `metadata.locale`, as for her mails): Medusa's
 * admin tells the API none, and shows a refusal's message as it comes in its toast.
 */
export async function coordinatorLocale(container: MedusaContainer, userId: string | null | undefined): Promise<"it" | "en"> {
  if (!userId) return mailLocale(undefined)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "user", fields: ["metadata"], filters: { id: userId } })
  return mailLocale((data[0] as { metadata?: Record<string, unknown> | null } | undefined)?.metadata?.locale)
}
