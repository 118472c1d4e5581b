import { createStep } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import { refusal } from "@rbv/kit"

export const validateBatchLimitStepId = "validate-batch-limit"

/** A maker acts only on its own batch limits and products: anyone else's answers as a missing one, 404. */
export const validateBatchLimitStep = createStep(
  validateBatchLimitStepId,
  async (input: { vendor_id: string; batch_limit_id?: string; product_ids?: string[] }, { container }) => {
    if (input.batch_limit_id) {
      const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
      const [limit] = await service.listBatchLimits({ id: input.batch_limit_id, vendor_id: input.vendor_id }, { take: 1 })
      if (!limit) throw refusal(MedusaError.Types.NOT_FOUND, "batch_limit_not_found", `Batch limit ${input.batch_limit_id} was not found`, "batch_limit_id")
    }
    const ids = input.product_ids ?? []
    if (!ids.length) return
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product", fields: ["id", "vendor.id"], filters: { id: ids } })
    const mine = new Set(data.filter((p: any) => p.vendor?.id === input.vendor_id).map((p: any) => p.id as string))
    const missing = ids.find((id) => !mine.has(id))
    if (missing) throw refusal(MedusaError.Types.NOT_FOUND, "unknown_product", `product_ids: product ${missing} was not found`, "product_ids")
  }
)
