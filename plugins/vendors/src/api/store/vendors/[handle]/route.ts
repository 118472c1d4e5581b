import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { publishedProductIds } from "../../../../lib/store-listing"
import { STORE_VENDOR_FIELDS } from "../route"

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "vendor",
    fields: [...STORE_VENDOR_FIELDS, "products.id", "products.status"],
    filters: { handle: req.params.handle, status: "approved" },
  }, { locale: req.locale })
  if (!data[0]) throw refusal(MedusaError.Types.NOT_FOUND, "vendor_not_found", `Maker ${req.params.handle} was not found`, "handle")
  const { products, ...vendor } = data[0] as any
  const product_ids = publishedProductIds(products)
  res.json({ vendor: { ...vendor, product_ids } })
}
