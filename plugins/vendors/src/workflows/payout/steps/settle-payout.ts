import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import type { TransferOutcome } from "./transfer-payout"

export const settlePayoutStepId = "settle-payout"

/** Records the transfer's outcome on the payout. */
export const settlePayoutStep = createStep(
  settlePayoutStepId,
  async (outcome: TransferOutcome, { container }) => {
    if (outcome.status === "skipped") return new StepResponse(null, null)
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    const before = await service.retrievePayout(outcome.payout_id)
    const update =
      outcome.status === "paid"
        ? { id: outcome.payout_id, status: "paid" as const, stripe_transfer_id: outcome.transfer_id, paid_at: new Date(), failure_reason: null }
        : { id: outcome.payout_id, status: "failed" as const, failure_reason: outcome.reason }
    const updated = await service.updatePayouts(update)
    return new StepResponse(updated, { id: before.id, status: before.status, stripe_transfer_id: before.stripe_transfer_id, paid_at: before.paid_at, failure_reason: before.failure_reason })
  },
  async (before, { container }) => {
    if (!before) return
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    await service.updatePayouts(before)
  }
)
