import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { RELEASED_PART_REFUND_CODE, RELEASED_PART_REFUND_LABEL } from "../../../lib/released-part"

export const ensureReleasedPartRefundReasonStepId = "ensure-released-part-refund-reason"

/** The refund reason a released part's card refund carries (made the first time; compensation removes one it made). */
export const ensureReleasedPartRefundReasonStep = createStep(
  ensureReleasedPartRefundReasonStepId,
  async (_input: Record<string, never>, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    const [found] = await payments.listRefundReasons({ code: RELEASED_PART_REFUND_CODE } as Record<string, unknown>, { take: 1 })
    if (found) return new StepResponse(found.id as string, null)
    const [made] = await payments.createRefundReasons([{ code: RELEASED_PART_REFUND_CODE, label: RELEASED_PART_REFUND_LABEL }])
    return new StepResponse(made.id as string, made.id as string)
  },
  async (madeId, { container }) => {
    if (!madeId) return
    await container.resolve(Modules.PAYMENT).deleteRefundReasons([madeId])
  }
)
