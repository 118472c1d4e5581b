import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

/**
 * One lock per stop for whatever completes its orders: the rider's delivery (a second pass included) and a
 * coordinator's collection at the hub cannot both deliver an order and take its cash.
 */
export const stopLockKey = (stopId: string) => `delivery-stop:${stopId}`

/** The round's own: its end (the rider closing it, or its last door settled) is decided once. */
export const roundLockKey = (roundId: string) => `delivery-round:${roundId}`

/** The lock key of the stop an order rides with (the order's own when it rides none: the validation refuses it). */
export const orderStopLockKeyStep = createStep("order-stop-lock-key", async (input: { order_id: string }, { container }) => {
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const [row] = await service.listDeliveryStopOrders({ order_id: input.order_id }, { take: 1, select: ["id", "stop_id"] } as any)
  return new StepResponse(stopLockKey((row as any)?.stop_id ?? input.order_id))
})
