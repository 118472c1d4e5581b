import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { liveStopOrders } from "../../../lib/round-context"
import { childOrderIdsOf } from "../../../lib/stop-child-orders"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export const findRoundChildOrdersStepId = "find-round-child-orders"

/**
 * The makers' child orders a round carries for its makers: those of its stops' live orders (cancelled stops and orders
 * left out, and orders riding again from the hub: their makers handed them over in an earlier round).
 */
export const findRoundChildOrdersStep = createStep(findRoundChildOrdersStepId, async (input: { round_id: string }, { container }) => {
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const stops = await service.listDeliveryStops({ round_id: input.round_id, status: ["scheduled", "delivered", "failed"] }, { take: null, relations: ["orders"] })
  const rows = stops.flatMap((s: any) => liveStopOrders(s)).filter((row) => (row.attempt ?? 1) === 1)
  const children = await childOrderIdsOf(container, rows.map((r) => r.id))
  return new StepResponse([...children.values()].flat())
})
