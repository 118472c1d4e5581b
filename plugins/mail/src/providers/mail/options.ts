/** The provider's options (medusa-config.ts passes SMTP_URL, MAIL_FROM, the outbox folder and the public URLs). */
export type MailOptions = {
  /** smtp://user:pass@host:587 or smtps://…:465 (nodemailer's URL form); unset: keep mails in the outbox. */
  smtp_url?: string | null
  /** The From header, e.g. "Rete del Buon Vivere <posta@example.org>"; required with smtp_url. */
  from?: string | null
  /** Where mails are kept when there is no SMTP server. */
  outbox_dir?: string | null
  /** Links in the mails point here (the storefront) ... */
  storefront_url?: string | null
  /** ... and, for the coordinators, to the Medusa admin. */
  admin_url?: string | null
}

export const DEMO_FROM = "Rete del Buon Vivere <posta@retebuonvivere.demo>"

export function checkMailOptions(options: MailOptions): void {
  if (options.smtp_url) {
    if (!/^smtps?:\/\//.test(options.smtp_url)) throw new Error("SMTP_URL must start with smtp:// or smtps://")
    if (!options.from) throw new Error("MAIL_FROM must be set when SMTP_URL is (the address the network's e-mails come from)")
  } else if (!options.outbox_dir) {
    throw new Error("Without SMTP_URL the mail provider needs an outbox folder (outbox_dir)")
  }
}
