import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendMail } from "@rbv/kit"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"

export const CERTIFICATION_REVIEWED_TEMPLATE = "brand-certification-reviewed"

export const notifyReviewOutcomeStepId = "notify-review-outcome"

/** The artisan hears the coordinators' decision (and their note) by e-mail. */
export const notifyReviewOutcomeStep = createStep(notifyReviewOutcomeStepId, async (input: { id: string }, { container }) => {
  const service: BrandModuleService = container.resolve(BRAND_MODULE)
  const [cert] = await service.listCertifications({ id: input.id }, { take: 1 })
  if (!cert || !["approved", "changes_requested", "rejected"].includes(cert.status)) return new StepResponse(null)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "vendor", fields: ["id", "email", "name", "mail_locale"], filters: { id: cert.vendor_id } })
  const vendor = data[0] as { email?: string; name?: string; mail_locale?: string } | undefined
  if (!vendor?.email) return new StepResponse(null)
  const [notification] = await sendMail(container, [{ email: vendor.email, locale: vendor.mail_locale }], CERTIFICATION_REVIEWED_TEMPLATE, {
    vendor_name: vendor.name,
    status: cert.status,
    note: cert.review_note,
    valid_until: cert.valid_until,
    url: "/bottega/carta",
  })
  return new StepResponse(notification?.id ?? null)
})
