import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { limitsOfProducts, type BatchLine } from "../../../lib/batch-wants"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export const releaseOrderBatchesStepId = "release-order-batch-units"

export type CancelledOrder = { id: string; metadata?: Record<string, unknown> | null; items?: BatchLine[] | null }

/**
 * A cancelled resident's order gives back every batch unit it held; a maker's cancelled part
 * (a child order) gives back the units of that maker's batches only. Compensation holds them again.
 */
export const releaseOrderBatchesStep = createStep(
  releaseOrderBatchesStepId,
  async (input: { order: CancelledOrder }, { container }) => {
    const parentId = input.order.metadata?.parent_order_id as string | undefined
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: claims } = await query.graph({
      entity: "batch_claim",
      fields: ["id", "usage.batch_limit_id"],
      filters: { order_id: parentId ?? input.order.id, released_at: null },
    })
    let ids = claims.map((c: any) => c.id as string)
    if (parentId) {
      const limits = await limitsOfProducts(container, (input.order.items ?? []).map((i) => i.product_id ?? ""))
      const mine = new Set([...limits.values()].map((l) => l.id))
      ids = claims.filter((c: any) => mine.has(c.usage?.batch_limit_id)).map((c: any) => c.id as string)
    }
    if (!ids.length) return new StepResponse(0, [] as string[])
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    return new StepResponse(await service.releaseBatchClaims(ids), ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.reclaimBatchClaims(ids)
  }
)
