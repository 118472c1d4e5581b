import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import type { TransferOutcome } from "./transfer-payout"

export const settlePayoutStepId = "settle-payout"

/**
 * Records the transfer's outcome on the payout. A payout Stripe refused keeps its record
 * (`failed`, with Stripe's reason) but lets go of its items, so the next run pays them again —
 * by Stripe once the account is fixed, by bank transfer otherwise.
 */
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
    let released: string[] = []
    if (outcome.status === "failed") {
      const items = await service.listPayoutItems({ payout_id: outcome.payout_id })
      released = items.map((i) => i.id)
      if (released.length) await service.updatePayoutItems(released.map((id) => ({ id, payout_id: null })))
    }
    return new StepResponse(updated, {
      payout: { id: before.id, status: before.status, stripe_transfer_id: before.stripe_transfer_id, paid_at: before.paid_at, failure_reason: before.failure_reason },
      released,
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    if (undo.released.length) await service.updatePayoutItems(undo.released.map((id) => ({ id, payout_id: undo.payout.id })))
    await service.updatePayouts(undo.payout)
  }
)
