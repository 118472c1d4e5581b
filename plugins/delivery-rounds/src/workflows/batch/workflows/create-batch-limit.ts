import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../events"
import { createBatchLimitStep } from "../steps/create-batch-limit"
import { setBatchProductsStep } from "../steps/set-batch-products"
import { validateBatchLimitStep } from "../steps/validate-batch-limit"

export type CreateBatchLimitInput = { vendor_id: string; name: string; quantity: number; product_ids: string[] }

export const createBatchLimitWorkflowId = "create-batch-limit"

/** "40 pagnotte per giro": a maker's capacity per round for one product or a group of its products. */
export const createBatchLimitWorkflow = createWorkflow(createBatchLimitWorkflowId, (input: CreateBatchLimitInput) => {
  validateBatchLimitStep(transform({ input }, ({ input }) => ({ vendor_id: input.vendor_id, product_ids: input.product_ids })))
  const limit = createBatchLimitStep(transform({ input }, ({ input }) => ({ vendor_id: input.vendor_id, name: input.name, quantity: input.quantity })))
  setBatchProductsStep(transform({ input, limit }, ({ input, limit }) => ({ batch_limit_id: limit.id, product_ids: input.product_ids })))
  emitEventStep({ eventName: DeliveryEvents.BATCH_LIMIT_CHANGED, data: transform({ limit, input }, ({ limit, input }) => ({ id: limit.id, product_ids: input.product_ids })) })
  return new WorkflowResponse(limit)
})
