import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

/**
 * One lock per round for whatever settles its doors: a rider's delivery (a second pass, a double tap), a
 * coordinator's collection at the hub, the rider closing the round. One key each, never two: Medusa's in-memory
 * locking takes a list key by key and keeps what it took when a later key is held, so a second key would wait on itself.
 */
export const roundLockKey = (roundId: string) => `delivery-round:${roundId}`

/** The lock key of the round an order rides with (the order's own when it rides none: the validation refuses it). */
export const orderRoundLockKeyStep = createStep("order-round-lock-key", async (input: { order_id: string }, { container }) => {
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const row = await service.currentStopOrder(input.order_id, ["stop"])
  return new StepResponse(row ? roundLockKey(row.stop.round_id) : `delivery-order:${input.order_id}`)
})
