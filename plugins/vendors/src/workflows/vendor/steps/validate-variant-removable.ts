import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import type { ProductShape } from "../../../lib/variant-options"

export const validateVariantRemovableStepId = "validate-variant-removable"

/** A product on sale has at least one variant: the last one goes with the product (archive it). */
export const validateVariantRemovableStep = createStep(validateVariantRemovableStepId, async (input: { product: ProductShape }) => {
  if ((input.product.variants ?? []).length < 2) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "variant_id: this is the product's only variant; archive the product instead")
  }
})
