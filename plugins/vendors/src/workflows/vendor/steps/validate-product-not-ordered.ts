import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { orderedIds } from "../../../lib/ordered-items"
import { refusal } from "@rbv/kit"

export const validateProductNotOrderedStepId = "validate-product-not-ordered"

/** A product residents have ordered stays (archived, if the maker wants it gone): orders point at it. */
export const validateProductNotOrderedStep = createStep(
  validateProductNotOrderedStepId,
  async (input: { product_id: string }, { container }) => {
    if ((await orderedIds(container, "product_id", [input.product_id])).size) {
      throw refusal(MedusaError.Types.NOT_ALLOWED, "product_ordered", "product: it appears in orders, so it can be archived but not deleted", "product")
    }
  }
)
