import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../events"
import { deleteBatchLimitStep } from "../steps/delete-batch-limit"
import { setBatchProductsStep } from "../steps/set-batch-products"
import { validateBatchLimitStep } from "../steps/validate-batch-limit"

export type DeleteBatchLimitInput = { vendor_id: string; id: string }

export const deleteBatchLimitWorkflowId = "delete-batch-limit"

/** The products are no longer limited: their links go, the limit is soft-deleted. */
export const deleteBatchLimitWorkflow = createWorkflow(deleteBatchLimitWorkflowId, (input: DeleteBatchLimitInput) => {
  validateBatchLimitStep(transform({ input }, ({ input }) => ({ vendor_id: input.vendor_id, batch_limit_id: input.id })))
  setBatchProductsStep(transform({ input }, ({ input }) => ({ batch_limit_id: input.id, product_ids: [] as string[] })))
  deleteBatchLimitStep(transform({ input }, ({ input }) => ({ id: input.id })))
  emitEventStep({ eventName: DeliveryEvents.BATCH_LIMIT_CHANGED, data: transform({ input }, ({ input }) => ({ id: input.id, product_ids: [] as string[] })) })
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.id, deleted: true })))
})
