import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MailOptions } from "../../providers/mail/options"

/** The options medusa-config gave this plugin: the same SMTP_URL / MAIL_FROM / outbox the provider uses. */
export function mailSettings(scope: MedusaContainer): MailOptions {
  const config = scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const plugin = config.plugins.find((p) => typeof p !== "string" && p.resolve === "@rbv/mail")
  return (typeof plugin === "object" ? (plugin.options as MailOptions) : undefined) ?? {}
}

/** The outbox folder, or null when mails leave through SMTP (nothing is kept). */
export const outboxDir = (scope: MedusaContainer): string | null => {
  const settings = mailSettings(scope)
  return settings.smtp_url ? null : (settings.outbox_dir ?? null)
}
