import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { releaseOrderBatchesStep } from "../steps/release-order-batches"

export const releaseOrderBatchesWorkflowId = "release-order-batch-units"

/** What a cancelled order (or a maker's cancelled part) held of the round's batches goes back to other residents. */
export const releaseOrderBatchesWorkflow = createWorkflow(releaseOrderBatchesWorkflowId, (input: { order_id: string }) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: ["id", "metadata", "items.product_id", "items.quantity"],
    filters: { id: input.order_id },
    options: { throwIfKeyNotFound: true },
  })
  return new WorkflowResponse(releaseOrderBatchesStep(transform({ orders }, ({ orders }) => ({ order: orders[0] }))))
})
