import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { CAPTURE_AMOUNT_KEY } from "../../../lib/weight-pricing"

export const setCaptureAmountStepId = "set-weighed-capture-amount"

/** Tells the card provider how much of the authorisation to capture (see providers/stripe); compensation restores the data. */
export const setCaptureAmountStep = createStep(
  setCaptureAmountStepId,
  async (input: { payment_id: string; amount: number }, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    const payment = await payments.retrievePayment(input.payment_id, { select: ["id", "data"] })
    const before = (payment.data ?? {}) as Record<string, unknown>
    await payments.updatePayment({ id: input.payment_id, data: { ...before, [CAPTURE_AMOUNT_KEY]: input.amount } } as any)
    return new StepResponse(null, { id: input.payment_id, data: before })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve(Modules.PAYMENT).updatePayment(before as any)
  }
)
