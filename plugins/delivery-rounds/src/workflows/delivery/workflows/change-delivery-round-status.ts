import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../events"
import { updateDeliveryRoundStep } from "../steps/update-delivery-round"
import { RoundStatus, validateRoundStatusChangeStep } from "../steps/validate-round-status-change"
import { syncRoundShippingOptionsWorkflow } from "./sync-round-shipping-options"

export type ChangeDeliveryRoundStatusInput = { round_id: string; status: RoundStatus }

export const changeDeliveryRoundStatusWorkflowId = "change-delivery-round-status"

/** open → closed → planned → in_progress → completed, or cancelled; see ROUND_TRANSITIONS. */
export const changeDeliveryRoundStatusWorkflow = createWorkflow(
  changeDeliveryRoundStatusWorkflowId,
  (input: ChangeDeliveryRoundStatusInput) => {
    validateRoundStatusChangeStep(input)
    const round = updateDeliveryRoundStep(transform({ input }, ({ input }) => ({ id: input.round_id, status: input.status })))
    syncRoundShippingOptionsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ round_ids: [input.round_id] })) })
    emitEventStep({
      eventName: DeliveryEvents.ROUND_STATUS_CHANGED,
      data: transform({ input }, ({ input }) => ({ id: input.round_id, status: input.status })),
    })
    return new WorkflowResponse(round)
  }
)
