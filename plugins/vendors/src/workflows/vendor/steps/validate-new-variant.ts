import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { newVariantProblem, type ProductShape } from "../../../lib/variant-options"
import { refusal } from "@rbv/kit"

export const validateNewVariantStepId = "validate-new-variant"

export const validateNewVariantStep = createStep(
  validateNewVariantStepId,
  async (input: { product: ProductShape; variant: { title: string; options?: Record<string, string> } }) => {
    const problem = newVariantProblem(input.product, input.variant)
    if (problem) throw refusal(MedusaError.Types.INVALID_DATA, problem.code, problem.message, problem.field)
  }
)
