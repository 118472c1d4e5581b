import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../events"
import { updateDeliveryRoundStep } from "../steps/update-delivery-round"
import type { RoundStatus } from "../../../modules/delivery/round-rules"
import { validateRoundStatusChangeStep } from "../steps/validate-round-status-change"
import { findRoundChildOrdersStep } from "../steps/find-round-child-orders"
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
    // The makers' orders the round carries travel with the news (their "pronto" freezes once it starts).
    const child_order_ids = findRoundChildOrdersStep({ round_id: input.round_id })
    emitEventStep({
      eventName: DeliveryEvents.ROUND_STATUS_CHANGED,
      data: transform({ input, child_order_ids }, ({ input, child_order_ids }) => ({ id: input.round_id, status: input.status, child_order_ids })),
    })
    return new WorkflowResponse(round)
  }
)
