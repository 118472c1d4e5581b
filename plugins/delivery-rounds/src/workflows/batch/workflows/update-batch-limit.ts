import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../events"
import { setBatchProductsStep } from "../steps/set-batch-products"
import { updateBatchLimitStep } from "../steps/update-batch-limit"
import { validateBatchLimitStep } from "../steps/validate-batch-limit"

export type UpdateBatchLimitInput = { vendor_id: string; id: string; name?: string; quantity?: number; product_ids?: string[] }

export const updateBatchLimitWorkflowId = "update-batch-limit"

export const updateBatchLimitWorkflow = createWorkflow(updateBatchLimitWorkflowId, (input: UpdateBatchLimitInput) => {
  validateBatchLimitStep(transform({ input }, ({ input }) => ({ vendor_id: input.vendor_id, batch_limit_id: input.id, product_ids: input.product_ids })))
  const limit = updateBatchLimitStep(transform({ input }, ({ input }) => ({ id: input.id, name: input.name, quantity: input.quantity })))
  when({ input }, ({ input }) => Array.isArray(input.product_ids)).then(() => {
    setBatchProductsStep(transform({ input }, ({ input }) => ({ batch_limit_id: input.id, product_ids: input.product_ids ?? [] })))
  })
  emitEventStep({ eventName: DeliveryEvents.BATCH_LIMIT_CHANGED, data: transform({ input }, ({ input }) => ({ id: input.id, product_ids: input.product_ids ?? [] })) })
  return new WorkflowResponse(limit)
})
