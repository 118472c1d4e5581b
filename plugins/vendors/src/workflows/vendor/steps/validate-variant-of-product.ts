import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"

export const validateVariantOfProductStepId = "validate-variant-of-product"

export const validateVariantOfProductStep = createStep(
  validateVariantOfProductStepId,
  async (input: { variants: { id: string; product_id?: string | null }[]; product_id: string; variant_id: string }) => {
    if (input.variants[0]?.product_id !== input.product_id) {
      throw refusal(MedusaError.Types.NOT_FOUND, "variant_not_found", `Variant ${input.variant_id} was not found`, "variant_id")
    }
  }
)
