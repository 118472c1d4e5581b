import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export type StopOutcome = "delivered" | "failed"
export type CompleteStopInput = {
  round_id: string
  stop_id: string
  volunteer_id?: string | null
  outcome: StopOutcome
  note?: string | null
  amount_collected?: number | null
}

/** Only a scheduled stop of a round in progress can be completed; a failed stop says why. */
export const validateStopCompletionStep = createStep("validate-delivery-stop-completion", async (input: CompleteStopInput, { container }) => {
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const [stop] = await service.listDeliveryStops({ id: input.stop_id, round_id: input.round_id }, { take: 1 })
  if (!stop) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stop ${input.stop_id} was not found in this round`)
  const round = await service.retrieveDeliveryRound(input.round_id)
  if (round.status !== "in_progress") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Stops can be completed only while the round is in progress (it is ${round.status})`)
  }
  if (stop.status !== "scheduled") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This stop is already ${stop.status}`)
  if (input.outcome === "failed" && !input.note?.trim()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "note: say why the delivery failed")
  }
  const remaining = await service.listDeliveryStops({ round_id: input.round_id, status: "scheduled" }, { take: null })
  return new StepResponse({
    stop_id: stop.id,
    order_id: stop.order_id,
    child_order_ids: ((stop.child_order_ids ?? []) as unknown as string[]) ?? [],
    last_stop: remaining.length === 1 && remaining[0].id === stop.id,
  })
})
