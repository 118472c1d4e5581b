import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordStopChildOrdersStep } from "../steps/record-stop-child-orders"

export const recordStopChildOrdersWorkflowId = "record-delivery-stop-child-orders"

/** The stop keeps its makers' child orders, so delivering it can fulfil every maker's part. */
export const recordStopChildOrdersWorkflow = createWorkflow(
  recordStopChildOrdersWorkflowId,
  (input: { order_id: string; child_order_ids: string[] }) => new WorkflowResponse(recordStopChildOrdersStep(input))
)
