import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { orderedIds } from "../../../lib/ordered-items"

export const findOrderedVariantsStepId = "find-ordered-variants"

export const findOrderedVariantsStep = createStep(findOrderedVariantsStepId, async (input: { variant_ids: string[] }, { container }) => {
  return new StepResponse([...(await orderedIds(container, "variant_id", input.variant_ids))])
})
