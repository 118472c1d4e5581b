import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { prepareStopCancellationStep } from "../steps/prepare-stop-cancellation"
import { releaseRoundDropStep } from "../steps/release-round-drop"
import { updateDeliveryStopsStep } from "../steps/update-delivery-stops"

export const cancelDeliveryStopWorkflowId = "cancel-delivery-stop"

export const cancelDeliveryStopWorkflow = createWorkflow(cancelDeliveryStopWorkflowId, (input: { order_id: string }) => {
  const prepared = prepareStopCancellationStep(input)
  const stops = updateDeliveryStopsStep(transform({ prepared }, ({ prepared }) => prepared.updates))
  releaseRoundDropStep(transform({ prepared }, ({ prepared }) => ({ round_id: prepared.release_round_id })))
  return new WorkflowResponse(stops)
})
