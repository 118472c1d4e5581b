import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import type { ProductShape } from "../../../lib/variant-options"
import { refusal } from "@rbv/kit"

export const validateVariantRemovableStepId = "validate-variant-removable"

/** A product on sale has at least one variant: the last one goes with the product (archive it). */
export const validateVariantRemovableStep = createStep(validateVariantRemovableStepId, async (input: { product: ProductShape }) => {
  if ((input.product.variants ?? []).length < 2) {
    throw refusal(MedusaError.Types.NOT_ALLOWED, "only_variant", "variant_id: this is the product's only variant; archive the product instead", "variant_id")
  }
})
