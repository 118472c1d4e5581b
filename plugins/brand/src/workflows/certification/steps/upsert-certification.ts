import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"
import type { Adherence } from "../../../modules/brand/service"

export type UpsertCertificationStepInput = {
  vendor_id: string
  charter_version_id: string
  existing_id: string | null
  adherence: Adherence[]
}

type Undo = { created?: string; before?: Record<string, unknown> }

export const upsertCertificationStepId = "upsert-certification"

/** A (re)submission goes back to the coordinators' queue, whatever they said last time. */
export const upsertCertificationStep = createStep(
  upsertCertificationStepId,
  async (input: UpsertCertificationStepInput, { container }) => {
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    const fields = { adherence: input.adherence as any, status: "submitted" as const, submitted_at: new Date(), review_note: null, reviewed_at: null }
    if (input.existing_id) {
      const [before] = await service.listCertifications({ id: input.existing_id }, { take: 1 })
      const updated = await service.updateCertifications({ id: input.existing_id, ...fields })
      return new StepResponse(updated, { before } as Undo)
    }
    const created = await service.createCertifications({ vendor_id: input.vendor_id, charter_version_id: input.charter_version_id, ...fields })
    return new StepResponse(created, { created: created.id } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    if (undo.created) await service.deleteCertifications(undo.created)
    if (undo.before) {
      const { id, adherence, status, submitted_at, review_note, reviewed_at } = undo.before as any
      await service.updateCertifications({ id, adherence, status, submitted_at, review_note, reviewed_at })
    }
  }
)
