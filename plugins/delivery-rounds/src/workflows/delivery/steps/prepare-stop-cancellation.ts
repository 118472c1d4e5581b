import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export const prepareStopCancellationStepId = "prepare-delivery-stop-cancellation"

/**
 * A cancelled order leaves its stop while the stop is still to do. The stop goes with its last
 * order, and then its drop can go back (home delivery, round still open).
 */
export const prepareStopCancellationStep = createStep(
  prepareStopCancellationStepId,
  async (input: { order_id: string }, { container }) => {
    const none = { order_updates: [], stop_updates: [], release_round_id: null as string | null }
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const row = await service.currentStopOrder(input.order_id, ["stop"])
    if (!row?.stop || row.cancelled_at) return new StepResponse(none)
    const [stop] = (await service.listDeliveryStops({ id: row.stop.id }, { take: 1, relations: ["orders"] })) as any[]
    if (stop.status !== "scheduled") return new StepResponse(none)
    const others = (stop.orders ?? []).filter((o: any) => o.id !== row.id && !o.cancelled_at)
    const order_updates = [{ id: row.id, cancelled_at: new Date() }]
    if (others.length) return new StepResponse({ ...none, order_updates })
    const round = await service.retrieveDeliveryRound(stop.round_id)
    return new StepResponse({
      order_updates,
      stop_updates: [{ id: stop.id, status: "cancelled" }],
      release_round_id: stop.kind === "home" && round.status === "open" ? round.id : null,
    })
  }
)
