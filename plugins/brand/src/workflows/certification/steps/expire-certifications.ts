import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"

export const expireCertificationsStepId = "expire-certifications"

/** Certificates past their end stop being certificates: the mark leaves those shops' products. */
export const expireCertificationsStep = createStep(
  expireCertificationsStepId,
  async (input: { now: Date | string }, { container }) => {
    const now = new Date(input.now) // step inputs are serialised: a Date arrives as a string
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    const due = await service.listCertifications({ status: "approved", valid_until: { $lte: now } }, { select: ["id"] })
    const ids = due.map((c) => c.id)
    if (ids.length) await service.updateCertifications(ids.map((id) => ({ id, status: "expired" as const })))
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    await service.updateCertifications(ids.map((id) => ({ id, status: "approved" as const })))
  }
)
