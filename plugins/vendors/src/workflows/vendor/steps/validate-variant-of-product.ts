import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"

export const validateVariantOfProductStepId = "validate-variant-of-product"

export const validateVariantOfProductStep = createStep(
  validateVariantOfProductStepId,
  async (input: { variants: { id: string; product_id?: string | null }[]; product_id: string; variant_id: string }) => {
    if (input.variants[0]?.product_id !== input.product_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${input.variant_id} was not found`)
    }
  }
)
