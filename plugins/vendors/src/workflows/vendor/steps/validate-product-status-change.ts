import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { isArchived } from "../../../lib/product-archive"
import { refusal } from "@rbv/kit"

export const validateProductStatusChangeStepId = "validate-product-status-change"

/** An archived product goes back on sale only through "restore", so it reappears in the maker's list first. */
export const validateProductStatusChangeStep = createStep(
  validateProductStatusChangeStepId,
  async (input: { product_id: string; status?: string }, { container }) => {
    if (input.status !== "published") return
    const product = await container.resolve(Modules.PRODUCT).retrieveProduct(input.product_id, { select: ["id", "metadata"] })
    if (isArchived(product)) {
      throw refusal(MedusaError.Types.NOT_ALLOWED, "product_archived", "status: the product is archived; restore it before publishing it", "status")
    }
  }
)
