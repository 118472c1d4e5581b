import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { prepareStopMergeStep } from "../steps/prepare-stop-merge"
import { releaseRoundDropStep } from "../steps/release-round-drop"
import { updateDeliveryStopOrdersStep } from "../steps/update-delivery-stop-orders"
import { updateDeliveryStopsStep } from "../steps/update-delivery-stops"

export const mergeStopsByAddressWorkflowId = "merge-delivery-stops-by-address"

/**
 * One address, one stop, for stops made before a stop could hold several orders: keys them,
 * and in rounds not yet planned moves the orders of a door onto one stop (its duplicates go
 * and give their drops back). Run once by the migration script of the same name.
 */
export const mergeStopsByAddressWorkflow = createWorkflow(mergeStopsByAddressWorkflowId, () => {
  const plan = prepareStopMergeStep({})
  updateDeliveryStopOrdersStep(transform({ plan }, ({ plan }) => plan.order_updates))
  updateDeliveryStopsStep(transform({ plan }, ({ plan }) => plan.stop_updates))
  releaseRoundDropStep(transform({ plan }, ({ plan }) => ({ round_ids: plan.released_round_ids })))
  return new WorkflowResponse(plan)
})
