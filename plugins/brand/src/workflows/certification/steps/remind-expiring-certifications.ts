import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendMail } from "@rbv/kit"
import { brandSteps } from "../../brand-module-steps"

export const REMINDER_DAYS = 30
export const CERTIFICATE_EXPIRING_TEMPLATE = "brand-certificate-expiring"

export const remindExpiringCertificationsStepId = "remind-expiring-certifications"

/** One e-mail per certificate, a month before it ends, through Medusa's notification module. */
export const remindExpiringCertificationsStep = brandSteps.step(
  remindExpiringCertificationsStepId,
  async (service, input: { now: Date | string }, container) => {
    const now = new Date(input.now) // step inputs are serialised: a Date arrives as a string
    const horizon = new Date(now.getTime() + REMINDER_DAYS * 86_400_000)
    const due = await service.listCertifications({
      status: "approved",
      reminder_sent_at: null,
      valid_until: { $gt: now, $lte: horizon },
    })
    if (!due.length) return [[] as string[], [] as string[]]
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: vendors } = await query.graph({ entity: "vendor", fields: ["id", "email", "name", "mail_locale"], filters: { id: due.map((c) => c.vendor_id) } })
    const byId = new Map(vendors.map((v: any) => [v.id, v]))
    const sent: string[] = []
    for (const cert of due) {
      const vendor = byId.get(cert.vendor_id) as { email: string; name: string; mail_locale?: string } | undefined
      if (!vendor?.email) continue
      await sendMail(container, [{ email: vendor.email, locale: vendor.mail_locale }], CERTIFICATE_EXPIRING_TEMPLATE, {
        vendor_name: vendor.name,
        valid_until: cert.valid_until,
        renew_url: "/bottega/carta",
      })
      sent.push(cert.id)
    }
    if (sent.length) await service.updateCertifications(sent.map((id) => ({ id, reminder_sent_at: now })))
    return [sent, sent]
  },
  (service, ids) => service.updateCertifications(ids.map((id) => ({ id, reminder_sent_at: null })))
)
