import { createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import VendorProductLink from "../../../links/vendor-product"
import VendorOrderLink from "../../../links/vendor-order"

export const validateVendorOwnsStepId = "validate-vendor-owns"

/** Someone else's product or order answers exactly as a missing one: 404. */
export const validateVendorOwnsStep = createStep(
  validateVendorOwnsStepId,
  async (input: { vendor_id: string; product_id?: string; order_id?: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [link, key, id] = input.product_id
      ? [VendorProductLink, "product_id", input.product_id]
      : [VendorOrderLink, "order_id", input.order_id!]
    const { data } = await query.graph({
      entity: link.entryPoint,
      fields: [key],
      filters: { vendor_id: input.vendor_id, [key]: id },
    })
    if (!data.length) throw refusal(MedusaError.Types.NOT_FOUND, `${key.replace("_id", "")}_not_found`, `${key.replace("_id", "")} ${id} was not found`, key)
  }
)
