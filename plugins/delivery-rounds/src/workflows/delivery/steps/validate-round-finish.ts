import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import { canFinishRound } from "../../../modules/delivery/round-rules"

/**
 * The rider closes a round on the road once no door is left to ride to (the failed ones stay failed). Closing one
 * already completed (a second rider, a repeated tap) changes nothing and is no error.
 */
export const validateRoundFinishStep = createStep("validate-delivery-round-finish", async (input: { round_id: string }, { container }) => {
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const round = await service.retrieveDeliveryRound(input.round_id)
  if (round.status === "completed") return new StepResponse({ already_completed: true })
  if (round.status !== "in_progress") {
    throw refusal(MedusaError.Types.NOT_ALLOWED, "round_not_in_progress", `Only a round on the road can be closed (it is ${round.status})`)
  }
  const stops = await service.listDeliveryStops({ round_id: input.round_id }, { take: null, select: ["id", "status"] })
  if (!canFinishRound(round.status, stops)) {
    const left = stops.filter((s) => s.status === "scheduled").length
    throw refusal(MedusaError.Types.NOT_ALLOWED, "stops_remaining", `${left} stop(s) are still to be done: complete them (delivered or not) first`)
  }
  return new StepResponse({ already_completed: false })
})
