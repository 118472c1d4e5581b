import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createOrderStopStep, ORDER_STOP_FIELDS } from "../../checkout/steps/create-order-stop"
import { recordStopChildOrdersStep } from "../steps/record-stop-child-orders"

export const recordStopChildOrdersWorkflowId = "record-delivery-stop-child-orders"

/**
 * The stop keeps its makers' child orders, so delivering it can fulfil every maker's part. The
 * split may come before `order.placed` made the stop: the stop is made here then.
 */
export const recordStopChildOrdersWorkflow = createWorkflow(
  recordStopChildOrdersWorkflowId,
  (input: { order_id: string; child_order_ids: string[] }) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ORDER_STOP_FIELDS,
      filters: { id: input.order_id },
    })
    when({ orders }, ({ orders }) => orders.length > 0).then(() => {
      createOrderStopStep(transform({ orders }, ({ orders }) => ({ order: orders[0] })))
    })
    return new WorkflowResponse(recordStopChildOrdersStep(input))
  }
)
