import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import { stripeClient } from "../../../lib/stripe"
import { accountState } from "../../../lib/stripe-account"
import { refusal } from "@rbv/kit"

export const ensureConnectedAccountStepId = "ensure-connected-account"

/**
 * The maker's Stripe Express account, created once: the idempotency key per shop means a
 * retried request cannot open a second account.
 */
export const ensureConnectedAccountStep = createStep(
  ensureConnectedAccountStepId,
  async (input: { vendor_id: string; email: string; name: string }, { container }) => {
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    const existing = await service.accountOf(input.vendor_id)
    if (existing?.stripe_account_id) return new StepResponse(existing, null)
    const stripe = stripeClient()
    if (!stripe) throw refusal(MedusaError.Types.NOT_ALLOWED, "stripe_not_configured", "Stripe is not configured on this network")
    const account = await stripe.accounts.create(
      {
        type: "express",
        country: "IT",
        email: input.email,
        capabilities: { transfers: { requested: true } },
        business_profile: { name: input.name },
        metadata: { vendor_id: input.vendor_id },
      },
      { idempotencyKey: `rbv-connect-${input.vendor_id}` }
    )
    const state = accountState(account as any)
    const values = { stripe_account_id: account.id, stripe_status: state.stripe_status, requirements_due: state.requirements_due as any, disabled_reason: state.disabled_reason, stripe_state_at: account.created }
    if (existing) {
      const updated = await service.updatePayoutAccounts({ id: existing.id, ...values })
      return new StepResponse(updated, { id: existing.id, created: false })
    }
    const created = await service.createPayoutAccounts({ vendor_id: input.vendor_id, ...values })
    return new StepResponse(created, { id: created.id, created: true })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    if (undo.created) await service.deletePayoutAccounts(undo.id)
    else await service.updatePayoutAccounts({ id: undo.id, stripe_account_id: null, stripe_status: "none", stripe_state_at: null })
  }
)
