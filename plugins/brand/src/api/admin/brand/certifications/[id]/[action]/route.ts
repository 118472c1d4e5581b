import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { REVIEW_ACTIONS, ReviewAction } from "../../../../../../workflows/certification/steps/review-certification"
import { reviewCertificationWorkflow } from "../../../../../../workflows/certification/workflows/review-certification"
import type { AdminReviewCertification } from "../../../validators"

// POST /admin/brand/certifications/:id/approve | request-changes | reject
export const POST = async (req: AuthenticatedMedusaRequest<AdminReviewCertification>, res: MedusaResponse) => {
  const action = req.params.action as ReviewAction
  if (!REVIEW_ACTIONS.includes(action)) throw refusal(MedusaError.Types.NOT_FOUND, "action_not_found", `Unknown action ${action}`, "action")
  const { result } = await reviewCertificationWorkflow(req.scope).run({
    input: { id: req.params.id, action, reason: req.validatedBody?.reason ?? null, validity_months: req.validatedBody?.validity_months },
  })
  res.json({ certification: result })
}
