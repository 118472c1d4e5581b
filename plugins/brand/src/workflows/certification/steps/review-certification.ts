import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"
import { refusal } from "@rbv/kit"

export const REVIEW_ACTIONS = ["approve", "request-changes", "reject"] as const
export type ReviewAction = (typeof REVIEW_ACTIONS)[number]
export const DEFAULT_VALIDITY_MONTHS = 12

export type ReviewCertificationStepInput = { id: string; action: ReviewAction; reason?: string | null; validity_months?: number; now?: Date | string }

const STATUS_AFTER = { approve: "approved", "request-changes": "changes_requested", reject: "rejected" } as const

export const reviewCertificationStepId = "review-certification"

/** Coordinators decide on a submission; an approval opens the period in which the mark shows. */
export const reviewCertificationStep = createStep(
  reviewCertificationStepId,
  async (input: ReviewCertificationStepInput, { container }) => {
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    const [cert] = await service.listCertifications({ id: input.id }, { take: 1 })
    if (!cert) throw refusal(MedusaError.Types.NOT_FOUND, "certification_not_found", `Certification ${input.id} was not found`, "id")
    if (cert.status !== "submitted") throw refusal(MedusaError.Types.NOT_ALLOWED, "certification_not_submitted", `Only a submitted adherence can be reviewed; this one is ${cert.status}`)
    if (input.action !== "approve" && !input.reason?.trim()) {
      throw refusal(MedusaError.Types.INVALID_DATA, "reason_required", "reason: say what the artisan should change or why it is rejected", "reason")
    }
    const now = input.now ? new Date(input.now) : new Date()
    const validUntil = new Date(now)
    validUntil.setMonth(validUntil.getMonth() + (input.validity_months ?? DEFAULT_VALIDITY_MONTHS))
    const approved = input.action === "approve"
    const updated = await service.updateCertifications({
      id: cert.id,
      status: STATUS_AFTER[input.action],
      review_note: input.reason?.trim() || null,
      reviewed_at: now,
      valid_from: approved ? now : null,
      valid_until: approved ? validUntil : null,
      reminder_sent_at: null,
    })
    return new StepResponse(updated, cert)
  },
  async (before, { container }) => {
    if (!before) return
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    const { id, status, review_note, reviewed_at, valid_from, valid_until, reminder_sent_at } = before as any
    await service.updateCertifications({ id, status, review_note, reviewed_at, valid_from, valid_until, reminder_sent_at })
  }
)
