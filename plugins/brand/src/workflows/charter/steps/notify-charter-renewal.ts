import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"

export const CHARTER_RENEWAL_TEMPLATE = "brand-charter-renewal"

export const notifyCharterRenewalStepId = "notify-charter-renewal"

/** Every shop certified under an older version is told, by e-mail, to renew its adherence. */
export const notifyCharterRenewalStep = createStep(notifyCharterRenewalStepId, async (input: { id: string }, { container }) => {
  const service: BrandModuleService = container.resolve(BRAND_MODULE)
  const [charter] = await service.listCharterVersions({ id: input.id }, { take: 1 })
  if (!charter?.published_at) return new StepResponse([] as string[])
  const certs = await service.listCertifications({ status: "approved", valid_until: { $gt: new Date() }, charter_version_id: { $ne: charter.id } })
  const vendorIds = [...new Set(certs.map((c) => c.vendor_id))]
  if (!vendorIds.length) return new StepResponse([] as string[])
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: vendors } = await query.graph({ entity: "vendor", fields: ["id", "email", "name"], filters: { id: vendorIds } })
  const notifications = container.resolve(Modules.NOTIFICATION)
  const recipients = (vendors as any[]).filter((v) => v.email)
  await notifications.createNotifications(
    recipients.map((v) => ({
      to: v.email,
      channel: "email",
      template: CHARTER_RENEWAL_TEMPLATE,
      data: { vendor_name: v.name, version: charter.version, renew_url: "/bottega/carta" },
    }))
  )
  return new StepResponse(recipients.map((v) => v.id as string))
})
