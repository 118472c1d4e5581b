import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CARD_PROVIDER_ID } from "../../../lib/basket-card"

export const reopenBasketCardSessionStepId = "reopen-basket-card-session"

/**
 * The waiting basket's card session was saved as `error` (Stripe refused the off-session attempt);
 * Medusa's completion takes only sessions that can still be authorised. Marked pending again, its
 * authorisation asks Stripe afresh: authorised if the resident confirmed with their bank, refused
 * otherwise. Compensation puts the status back.
 */
export const reopenBasketCardSessionStep = createStep(
  reopenBasketCardSessionStepId,
  async (input: { cart_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: ["id", "payment_collection.currency_code", "payment_collection.payment_sessions.id", "payment_collection.payment_sessions.provider_id", "payment_collection.payment_sessions.status", "payment_collection.payment_sessions.amount", "payment_collection.payment_sessions.data"],
      filters: { id: input.cart_id },
    })
    const collection = (data[0] as any)?.payment_collection
    const session = (collection?.payment_sessions ?? []).find((s: any) => s?.provider_id === CARD_PROVIDER_ID)
    if (!session || session.status !== "error") return new StepResponse(null, null)
    const payment = container.resolve(Modules.PAYMENT)
    const fields = { id: session.id, data: session.data, amount: session.amount, currency_code: collection.currency_code }
    await payment.updatePaymentSession({ ...fields, status: "pending" } as any)
    return new StepResponse(session.id as string, { ...fields, status: session.status as string })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve(Modules.PAYMENT).updatePaymentSession(before as any)
  }
)
