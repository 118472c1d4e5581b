import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { renameProblem, type ProductShape } from "../../../lib/variant-options"
import { refusal } from "@rbv/kit"

export const validateVariantRenameStepId = "validate-variant-rename"

export const validateVariantRenameStep = createStep(
  validateVariantRenameStepId,
  async (input: { product: ProductShape; variant_id: string; title?: string }) => {
    const problem = renameProblem(input.product, input.variant_id, input.title)
    if (problem) throw refusal(MedusaError.Types.INVALID_DATA, problem.code, problem.message, problem.field)
  }
)
