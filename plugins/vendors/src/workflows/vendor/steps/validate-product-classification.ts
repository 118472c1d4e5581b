import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { listCatalogueCategories, listVatClasses } from "../../../lib/catalogue-choices"
import { refusal } from "@rbv/kit"

export const validateProductClassificationStepId = "validate-product-classification"

/** A maker files a product only under the network's categories and VAT classes (GET /vendor/catalogue). */
export const validateProductClassificationStep = createStep(
  validateProductClassificationStepId,
  async (input: { category_ids?: string[]; vat_class_id?: string }, { container }) => {
    if (input.category_ids?.length) {
      const known = new Set((await listCatalogueCategories(container)).map((c) => c.id))
      const unknown = input.category_ids.filter((id) => !known.has(id))
      if (unknown.length) {
        throw refusal(MedusaError.Types.INVALID_DATA, "unknown_category", `category_ids: not a category of the network: ${unknown.join(", ")}`, "category_ids")
      }
    }
    if (input.vat_class_id) {
      const known = (await listVatClasses(container)).some((v) => v.id === input.vat_class_id)
      if (!known) throw refusal(MedusaError.Types.INVALID_DATA, "unknown_vat_class", `vat_class_id: not a VAT class of the network: ${input.vat_class_id}`, "vat_class_id")
    }
  }
)
