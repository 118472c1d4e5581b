import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"
import type { Adherence } from "../../../modules/brand/service"
import { refusal } from "@rbv/kit"

export const MIN_EVIDENCE_CHARS = 10

export const validateAdherenceStepId = "validate-adherence"

/**
 * An artisan adheres to the charter in force as a whole: every criterion needs evidence in
 * words (photos help but do not replace it), and a shop already certified under this version
 * has nothing to submit until it expires or a new version is published.
 */
export const validateAdherenceStep = createStep(
  validateAdherenceStepId,
  async (input: { vendor_id: string; adherence: Adherence[] }, { container }) => {
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    const charter = await service.currentCharter()
    if (!charter) throw refusal(MedusaError.Types.NOT_ALLOWED, "no_charter", "No charter has been published yet")
    const criteria = charter.criteria
    const known = new Set(criteria.map((c) => c.key))
    const unknown = input.adherence.find((a) => !known.has(a.criterion_key))
    if (unknown) throw refusal(MedusaError.Types.INVALID_DATA, "unknown_criterion", `adherence.${unknown.criterion_key}: not a criterion of charter version ${charter.version}`, `adherence.${unknown.criterion_key}`)
    for (const criterion of criteria) {
      const given = input.adherence.find((a) => a.criterion_key === criterion.key)
      if (!given || given.evidence.trim().length < MIN_EVIDENCE_CHARS) {
        throw refusal(MedusaError.Types.INVALID_DATA, "evidence_required", `adherence.${criterion.key}: evidence is required for "${criterion.title}" (at least ${MIN_EVIDENCE_CHARS} characters saying how you meet it)`, `adherence.${criterion.key}`)
      }
    }
    const [existing] = await service.listCertifications({ vendor_id: input.vendor_id, charter_version_id: charter.id }, { take: 1 })
    if (existing?.status === "approved") {
      throw refusal(MedusaError.Types.NOT_ALLOWED, "already_certified", `The shop is already certified under version ${charter.version}`)
    }
    return new StepResponse({ charter_version_id: charter.id as string, existing_id: (existing?.id as string | undefined) ?? null })
  }
)
