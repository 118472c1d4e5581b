import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { withMailSecrets } from "@rbv/kit"
import nodemailer, { type Transporter } from "nodemailer"
import type Mail from "nodemailer/lib/mailer"
import { writeOutbox } from "../../lib/outbox"
import { MailDataError, renderMail } from "../../lib/render"
import { mailTemplates } from "../../templates"
import { checkMailOptions, DEMO_FROM, type MailOptions } from "./options"

/**
 * Channel "email" of Medusa's notification module: renders the notification's template (one
 * file per e-mail in src/templates) with its data in the recipient's language, then sends it
 * through SMTP (nodemailer) — or, without SMTP_URL, keeps it in the local outbox.
 * A notification without a known template may bring its own `content` (subject/html/text).
 */
export class MailNotificationService extends AbstractNotificationProviderService {
  static identifier = "rbv-mail"

  static validateOptions(options: Record<string, unknown>) {
    checkMailOptions(options as MailOptions)
  }

  private readonly transport: Transporter
  private readonly outboxDir: string | null

  constructor(
    private readonly deps: { logger: Logger },
    private readonly options: MailOptions
  ) {
    super()
    checkMailOptions(options)
    this.outboxDir = options.smtp_url ? null : options.outbox_dir!
    // Without a server nodemailer still builds the exact message (MIME, encodings) into a buffer.
    this.transport = options.smtp_url ? nodemailer.createTransport(options.smtp_url) : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" })
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const { message, locale } = this.compose(notification)
    const info = await this.transport.sendMail(message)
    if (this.outboxDir) {
      const entry = writeOutbox(this.outboxDir, {
        raw: info.message as Buffer,
        html: typeof message.html === "string" ? message.html : null,
        meta: { to: notification.to, from: String(message.from), subject: String(message.subject), template: notification.template ?? null, locale },
        attachments: (message.attachments ?? []).map((a) => ({ filename: String(a.filename), content: Buffer.isBuffer(a.content) ? a.content : Buffer.from(String(a.content)) })),
      })
      // What the local provider used to log, minus the data (it may hold a one-time link).
      this.deps.logger.info(`E-mail "${message.subject}" to ${notification.to} (${notification.template}) kept in the outbox: ${entry.id}`)
    }
    return { id: info.messageId }
  }

  private compose(n: ProviderSendNotificationDTO): { message: Mail.Options; locale: string } {
    const template = n.template ? mailTemplates().get(n.template) : undefined
    const extra = (n.attachments ?? []).map((a) => ({
      filename: a.filename,
      content: Buffer.from(a.content, "base64"),
      contentType: a.content_type,
      contentDisposition: (a.disposition === "inline" ? "inline" : "attachment") as "inline" | "attachment",
      cid: a.id,
    }))
    const from = n.from || this.options.from || DEMO_FROM
    const headers: Record<string, string> = { "Auto-Submitted": "auto-generated" }
    if (!template) {
      if (!n.content?.subject || !(n.content.html || n.content.text)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `No e-mail template "${n.template}" and no content to send`)
      }
      return { message: { from, to: n.to, subject: n.content.subject, html: n.content.html, text: n.content.text, headers, attachments: extra }, locale: "" }
    }
    try {
      const mail = renderMail(template, withMailSecrets(n.data), {
        storefrontUrl: this.options.storefront_url || "http://localhost:8000",
        adminUrl: this.options.admin_url || "http://localhost:9000/app",
      })
      const message: Mail.Options = {
        from,
        to: n.to,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        headers: { ...headers, "Content-Language": mail.locale, "X-RBV-Template": template.id },
        attachments: [...mail.attachments.map((a) => ({ filename: a.filename, content: Buffer.from(a.content, "utf8"), contentType: a.contentType })), ...extra],
      }
      return { message, locale: mail.locale }
    } catch (err) {
      if (err instanceof MailDataError) throw new MedusaError(MedusaError.Types.INVALID_DATA, err.message)
      throw err
    }
  }
}
