import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import { stripeClient } from "../../../lib/stripe"
import { refusal } from "@rbv/kit"

export type TransferOutcome =
  | { payout_id: string; status: "skipped" }
  | { payout_id: string; status: "paid"; transfer_id: string; reconciled: boolean }
  | { payout_id: string; status: "failed"; reason: string }

export const transferPayoutStepId = "transfer-payout"

/**
 * Moves a `processing` payout's money to the maker's connected account. First it looks for a
 * transfer already made for this payout (a crash after Stripe answered but before we saved):
 * found → nothing is sent again. Otherwise it creates the transfer with the payout's
 * idempotency key, so a retried request is answered with the same transfer. A refusal by
 * Stripe (e.g. the account lost its transfers capability) fails the payout; a network error
 * throws and leaves it `processing` for the next run.
 */
export const transferPayoutStep = createStep(transferPayoutStepId, async (input: { payout_id: string }, { container }) => {
  const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
  const payout = await service.retrievePayout(input.payout_id, { relations: ["items"] })
  if (payout.status !== "processing" || payout.method !== "stripe") return new StepResponse<TransferOutcome>({ payout_id: payout.id, status: "skipped" })
  const stripe = stripeClient()
  if (!stripe) throw refusal(MedusaError.Types.INVALID_DATA, "stripe_not_configured", "STRIPE_API_KEY is not set: Stripe payouts cannot be sent")

  const earlier = await stripe.transfers.list({ destination: payout.stripe_account_id!, ...(payout.transfer_group ? { transfer_group: payout.transfer_group } : {}), limit: 100 })
  const found = earlier.data.find((t) => t.metadata?.payout_id === payout.id)
  if (found) return new StepResponse<TransferOutcome>({ payout_id: payout.id, status: "paid", transfer_id: found.id, reconciled: true })

  try {
    const orderIds = payout.items.map((i) => i.order_id).filter(Boolean).join(",")
    const transfer = await stripe.transfers.create(
      {
        amount: payout.amount,
        currency: payout.currency_code,
        destination: payout.stripe_account_id!,
        ...(payout.transfer_group ? { transfer_group: payout.transfer_group } : {}),
        description: `Rete del Buon Vivere — ${payout.id}`,
        metadata: { payout_id: payout.id, vendor_id: payout.vendor_id, order_ids: orderIds.slice(0, 500) },
      },
      { idempotencyKey: payout.idempotency_key }
    )
    return new StepResponse<TransferOutcome>({ payout_id: payout.id, status: "paid", transfer_id: transfer.id, reconciled: false })
  } catch (e: any) {
    if (e?.type === "StripeInvalidRequestError" || e?.type === "StripeIdempotencyError") {
      return new StepResponse<TransferOutcome>({ payout_id: payout.id, status: "failed", reason: String(e.message).slice(0, 500) })
    }
    throw e
  }
})
