import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { vendorsOfProducts } from "../../../lib/vendors-of-products"

export const findVendorsOfProductsStepId = "find-vendors-of-products"

/** product id → vendor id; the link's entry point is only known once links are loaded, hence a step. */
export const findVendorsOfProductsStep = createStep(findVendorsOfProductsStepId, async (input: { product_ids: string[] }, { container }) =>
  new StepResponse(await vendorsOfProducts(container, input.product_ids))
)
