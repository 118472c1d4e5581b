import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cardBalance } from "../../../lib/order-mail"

export const readCardBalanceStepId = "read-card-balance"

/** What the order's cards hold (captured less refunded, cents): read before a cancel, what the cancel gives back. */
export const readCardBalanceStep = createStep(readCardBalanceStepId, async (input: { order_id: string }, { container }) => {
  return new StepResponse(await cardBalance(container, input.order_id))
})
