import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { renameProblem, type ProductShape } from "../../../lib/variant-options"

export const validateVariantRenameStepId = "validate-variant-rename"

export const validateVariantRenameStep = createStep(
  validateVariantRenameStepId,
  async (input: { product: ProductShape; variant_id: string; title?: string }) => {
    const problem = renameProblem(input.product, input.variant_id, input.title)
    if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
  }
)
