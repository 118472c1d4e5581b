import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { cardAccountHolderOf, savedCardsOf } from "../../../lib/basket-card"

export const findSavedCardStepId = "find-saved-card"

/** One of the resident's own saved cards (with their account holder); anyone else's, or none, is a missing one. */
export const findSavedCardStep = createStep(findSavedCardStepId, async (input: { customer_id: string; payment_method_id: string }, { container }) => {
  const holder = await cardAccountHolderOf(container, input.customer_id)
  const card = holder ? (await savedCardsOf(container, input.customer_id)).find((m: any) => m.id === input.payment_method_id) : null
  if (!holder || !card) throw refusal(MedusaError.Types.NOT_FOUND, "payment_method_not_found", `Saved card ${input.payment_method_id} was not found`, "id")
  return new StepResponse({ account_holder: holder as Record<string, unknown>, payment_method_id: card.id as string })
})
