import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import { accountState } from "../../../lib/stripe-account"

export type StripeEventInput = { id: string; type: string; created: number; data: { object: Record<string, any> } }
export type EventOutcome = "applied" | "stale" | "unknown_account" | "ignored" | "duplicate"

export const applyAccountUpdateStepId = "apply-account-update"

/**
 * `account.updated` → the maker's account state. Stripe does not promise delivery order: an
 * event older than the state we hold (by its `created`) is recorded but changes nothing.
 */
export const applyAccountUpdateStep = createStep(
  applyAccountUpdateStepId,
  async ({ event, seen }: { event: StripeEventInput; seen: boolean }, { container }) => {
    if (seen) return new StepResponse<EventOutcome, any>("duplicate", null)
    if (event.type !== "account.updated") return new StepResponse<EventOutcome, any>("ignored", null)
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    const object = event.data.object
    const [account] = await service.listPayoutAccounts({ stripe_account_id: object.id }, { take: 1 })
    if (!account) return new StepResponse<EventOutcome, any>("unknown_account", null)
    if (account.stripe_state_at !== null && account.stripe_state_at > event.created) return new StepResponse<EventOutcome, any>("stale", null)
    const state = accountState(object)
    await service.updatePayoutAccounts({ id: account.id, ...state, requirements_due: state.requirements_due as any, stripe_state_at: event.created })
    return new StepResponse<EventOutcome, any>("applied", {
      id: account.id,
      stripe_status: account.stripe_status,
      requirements_due: account.requirements_due,
      disabled_reason: account.disabled_reason,
      stripe_state_at: account.stripe_state_at,
    })
  },
  async (before, { container }) => {
    if (!before) return
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    await service.updatePayoutAccounts(before)
  }
)
