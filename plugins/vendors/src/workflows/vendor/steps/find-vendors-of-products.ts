import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import VendorProductLink from "../../../links/vendor-product"

export const findVendorsOfProductsStepId = "find-vendors-of-products"

/** product id → vendor id; the link's entry point is only known once links are loaded, hence a step. */
export const findVendorsOfProductsStep = createStep(
  findVendorsOfProductsStepId,
  async (input: { product_ids: string[] }, { container }) => {
    if (!input.product_ids.length) return new StepResponse({} as Record<string, string>)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: VendorProductLink.entryPoint,
      fields: ["vendor_id", "product_id"],
      filters: { product_id: input.product_ids },
    })
    return new StepResponse(Object.fromEntries(data.map((l: { product_id: string; vendor_id: string }) => [l.product_id, l.vendor_id])))
  }
)
