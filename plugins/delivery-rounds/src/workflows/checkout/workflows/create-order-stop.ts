import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createOrderStopStep, ORDER_STOP_FIELDS } from "../steps/create-order-stop"

export type CreateOrderStopInput = { order_id: string }

export const createOrderStopWorkflowId = "create-delivery-round-order-stop"

/** What follows a placed order that chose a round: its stop in that round. */
export const createOrderStopWorkflow = createWorkflow(createOrderStopWorkflowId, (input: CreateOrderStopInput) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: ORDER_STOP_FIELDS,
    filters: { id: input.order_id },
    options: { throwIfKeyNotFound: true },
  })
  const stopId = createOrderStopStep(transform({ orders }, ({ orders }) => ({ order: orders[0] })))
  return new WorkflowResponse(stopId)
})
