import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { CARD_PROVIDER_ID } from "../../../lib/basket-card"

export const basketCardOutcomeStepId = "basket-card-outcome"

export type BasketPaymentOutcome = "ready" | "authorized" | "authentication_required"

/**
 * What Stripe answered to the basket's off-session payment with the saved card: authorised (the
 * order can be placed), authentication asked (the resident must confirm it: the order waits), or
 * declined — a refusal, so nothing of the basket is placed in the round and the resident is told.
 * Pay on delivery is always ready.
 */
export const basketCardOutcomeStep = createStep(basketCardOutcomeStepId, async (input: { payment_collection_id: string; card: boolean }, { container }) => {
  if (!input.card) return new StepResponse<BasketPaymentOutcome>("ready")
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "payment_collection", fields: ["id", "payment_sessions.provider_id", "payment_sessions.data"], filters: { id: input.payment_collection_id } })
  const session = ((data[0] as any)?.payment_sessions ?? []).find((s: any) => s?.provider_id === CARD_PROVIDER_ID)
  const intent = (session?.data ?? {}) as { status?: string; last_payment_error?: { code?: string; message?: string } | null }
  if (intent.status === "requires_capture" || intent.status === "succeeded") return new StepResponse<BasketPaymentOutcome>("authorized")
  if (intent.status === "requires_action" || intent.last_payment_error?.code === "authentication_required") return new StepResponse<BasketPaymentOutcome>("authentication_required")
  throw refusal(MedusaError.Types.NOT_ALLOWED, "card_declined", `card_declined: ${intent.last_payment_error?.message ?? "the saved card was not charged"}`, "payment_method_id")
})
