import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export const prepareStopCancellationStepId = "prepare-delivery-stop-cancellation"

/** The stop of a cancelled order, and whether its drop can go back (home delivery, round still open). */
export const prepareStopCancellationStep = createStep(
  prepareStopCancellationStepId,
  async (input: { order_id: string }, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const [stop] = await service.listDeliveryStops({ order_id: input.order_id, status: "scheduled" }, { take: 1 })
    if (!stop) return new StepResponse({ updates: [], release_round_id: null as string | null })
    const round = await service.retrieveDeliveryRound(stop.round_id)
    return new StepResponse({
      updates: [{ id: stop.id, status: "cancelled" }],
      release_round_id: stop.kind === "home" && round.status === "open" ? round.id : null,
    })
  }
)
