import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isListedOnStore } from "../../../lib/store-listing"

export const STORE_VENDOR_FIELDS = [
  "id",
  "handle",
  "name",
  "craft",
  "story",
  "logo_url",
  "address_1",
  "postal_code",
  "city",
  "lat",
  "lng",
  "closure_from",
  "closure_to",
  "closure_note",
]

// Residents see approved makers (craft, story and holiday note in the request's locale: x-medusa-locale) with at least one product on sale, alphabetically: no ranking, no "recommended".
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: vendors } = await query.graph({
    entity: "vendor",
    fields: [...STORE_VENDOR_FIELDS, "products.id", "products.status"],
    filters: { status: "approved" },
    pagination: { order: { name: "ASC" } },
  }, { locale: req.locale })
  const listed = (vendors as any[]).filter(isListedOnStore).map(({ products, ...vendor }) => vendor)
  res.json({ vendors: listed, count: listed.length })
}
