import type { MedusaResponse } from "@medusajs/framework/http"
import { listCatalogueCategories, listVatClasses } from "../../../lib/catalogue-choices"
import type { VendorRequest } from "../../utils/vendor-context"

/** The categories and VAT classes a maker chooses from, so the UI never hard-codes them. */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const [categories, vat_classes] = await Promise.all([listCatalogueCategories(req.scope), listVatClasses(req.scope)])
  res.json({ categories, vat_classes })
}
