import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { prepareStopCancellationStep } from "../steps/prepare-stop-cancellation"
import { releaseRoundDropStep } from "../steps/release-round-drop"
import { updateDeliveryStopOrdersStep } from "../steps/update-delivery-stop-orders"
import { updateDeliveryStopsStep } from "../steps/update-delivery-stops"

export const cancelDeliveryStopWorkflowId = "cancel-delivery-stop"

/** A cancelled order leaves its round; its stop goes (and gives its drop back) when no order is left on it. */
export const cancelDeliveryStopWorkflow = createWorkflow(cancelDeliveryStopWorkflowId, (input: { order_id: string }) => {
  const prepared = prepareStopCancellationStep(input)
  updateDeliveryStopOrdersStep(transform({ prepared }, ({ prepared }) => prepared.order_updates))
  const stops = updateDeliveryStopsStep(transform({ prepared }, ({ prepared }) => prepared.stop_updates))
  releaseRoundDropStep(transform({ prepared }, ({ prepared }) => ({ round_ids: prepared.release_round_id ? [prepared.release_round_id] : [] })))
  return new WorkflowResponse(stops)
})
