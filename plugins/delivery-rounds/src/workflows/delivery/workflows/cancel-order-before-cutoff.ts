import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../events"
import { readCardBalanceStep } from "../steps/read-card-balance"
import { validateResidentCancelStep } from "../steps/validate-resident-cancel"
import { cancelDeliveryStopWorkflow } from "./cancel-delivery-stop"

export const cancelOrderBeforeCutoffWorkflowId = "cancel-order-before-cutoff"

/**
 * A resident changes their mind before the round's cutoff: the whole order is cancelled by Medusa
 * (an authorised card released, a captured one refunded) and leaves its stop here and now, so the
 * answer already shows it. The rest follows Medusa's `order.canceled` as for a coordinator's
 * cancel: the batches, the fund's share, the makers' parts (@rbv/vendors).
 */
export const cancelOrderBeforeCutoffWorkflow = createWorkflow(cancelOrderBeforeCutoffWorkflowId, (input: { order_id: string; canceled_by?: string }) => {
  validateResidentCancelStep({ order_id: input.order_id })
  const refunded = readCardBalanceStep({ order_id: input.order_id })
  cancelOrderWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ order_id: input.order_id, canceled_by: input.canceled_by })) })
  cancelDeliveryStopWorkflow.runAsStep({ input: { order_id: input.order_id } })
  emitEventStep({ eventName: DeliveryEvents.ORDER_CANCELLED_BY_RESIDENT, data: transform({ input, refunded }, ({ input, refunded }) => ({ id: input.order_id, refunded })) })
  return new WorkflowResponse({ id: input.order_id })
})
