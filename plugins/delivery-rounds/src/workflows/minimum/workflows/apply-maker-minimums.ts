import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { DELIVERY_MODULE } from "../../../modules/delivery"
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
  // Each outcome keeps the maker's orders it was decided on (links/maker-outcome-orders).
  createRemoteLinkStep(
    transform({ decisions }, ({ decisions }) =>
      decisions.flatMap((d) => d.order_ids.map((order_id) => ({ [DELIVERY_MODULE]: { maker_round_outcome_id: d.outcome_id }, [Modules.ORDER]: { order_id } })))
    )
  )
  const released = transform({ decisions }, ({ decisions }) =>
    decisions.filter((d) => d.outcome === "released").map((d) => ({ round_id: d.round_id, vendor_id: d.vendor_id, order_ids: d.order_ids }))
  )
  when({ released }, ({ released }) => released.length > 0).then(() => {
    notifyReleasedPartsStep({ decisions })
    emitEventStep({ eventName: DeliveryEvents.MAKER_MINIMUM_MISSED, data: released })
  })
  return new WorkflowResponse(decisions)
})
