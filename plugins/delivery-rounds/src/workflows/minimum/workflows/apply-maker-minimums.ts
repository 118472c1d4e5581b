import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../events"
import { evaluateMakerMinimumsStep } from "../steps/evaluate-maker-minimums"
import { notifyReleasedPartsStep } from "../steps/notify-released-parts"

export const applyMakerMinimumsWorkflowId = "apply-maker-round-minimums"

/**
 * A round closed at its cutoff: each maker under its minimum either keeps its part or releases it.
 * Released parts: the residents are told, and the vendors plugin cancels those child orders
 * (its cancellation reverses the sale and gives the batch units back).
 */
export const applyMakerMinimumsWorkflow = createWorkflow(applyMakerMinimumsWorkflowId, (input: { round_id: string; child_order_ids: string[] }) => {
  const decisions = evaluateMakerMinimumsStep(input)
  const released = transform({ decisions }, ({ decisions }) =>
    decisions.filter((d) => d.outcome === "released").map((d) => ({ round_id: d.round_id, vendor_id: d.vendor_id, order_ids: d.order_ids }))
  )
  when({ released }, ({ released }) => released.length > 0).then(() => {
    notifyReleasedPartsStep({ decisions })
    emitEventStep({ eventName: DeliveryEvents.MAKER_MINIMUM_MISSED, data: released })
  })
  return new WorkflowResponse(decisions)
})
