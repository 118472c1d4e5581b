import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { fromCents } from "../../../lib/money"

export const setCashDueStepId = "set-weighed-cash-due"

type CashDue = { payment_id: string; payment_collection_id: string; amount: number }

/**
 * Pay on delivery: the payment (Medusa's system provider, captured when the cash is recorded) is
 * for the weighed total, so the volunteer collects exactly that and no more. Compensation restores it.
 */
export const setCashDueStep = createStep(
  setCashDueStepId,
  async (input: CashDue, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    const payment = await payments.retrievePayment(input.payment_id, { select: ["id", "amount", "payment_collection_id"] })
    const collection = await payments.retrievePaymentCollection(input.payment_collection_id, { select: ["id", "amount"] })
    await payments.updatePayment({ id: input.payment_id, amount: fromCents(input.amount) } as any)
    await payments.updatePaymentCollections(input.payment_collection_id, { amount: fromCents(input.amount) })
    return new StepResponse(null, { payment_id: payment.id, payment_amount: payment.amount, collection_id: collection.id, collection_amount: collection.amount })
  },
  async (before, { container }) => {
    if (!before) return
    const payments = container.resolve(Modules.PAYMENT)
    await payments.updatePayment({ id: before.payment_id, amount: before.payment_amount } as any)
    await payments.updatePaymentCollections(before.collection_id, { amount: before.collection_amount as any })
  }
)
