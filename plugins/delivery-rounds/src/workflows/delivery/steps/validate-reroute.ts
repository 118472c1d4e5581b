import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { addressChoice } from "../../../lib/round-choice"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import type { JoinStopInput } from "../../../modules/delivery/service"
import { failedOrderAwaitingResident, settlesRound } from "./failed-order-awaiting-resident"

export type RerouteInput = { order_id: string; round_id: string; coordinator_id?: string | null }

export type CheckedReroute = {
  from_stop_order_id: string
  from_round_id: string
  /** Its failed round is on the road and this was its last door left to settle: that round completes. */
  settles_round: boolean
  /** A home delivery to a door the round does not stop at yet: it takes one of the round's drops. */
  takes_drop: boolean
  join: JoinStopInput & { attempt: number }
}

/**
 * A failed order goes into another round only while the resident does not have it yet, and only into a later round that
 * has not been planned or left, serves its door (or its pickup point) and has a drop left — unless it stops at that
 * door already. It keeps its door and its makers' parts: the new ride is the order's next attempt.
 */
export const validateRerouteStep = createStep("validate-reroute-failed-order", async (input: RerouteInput, { container }) => {
  const delivery = await failedOrderAwaitingResident(container, input.order_id, "is put into another round")
  if (input.round_id === delivery.round.id) {
    throw refusal(MedusaError.Types.INVALID_DATA, "same_round", "round_id: the order failed in this round; choose a later one", "round_id")
  }
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const row = await service.retrieveDeliveryStopOrder(delivery.stop_order_id, { relations: ["stop"] })
  const stop = row.stop as any
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "shipping_address.*"], filters: { id: input.order_id } })
  const { postal_code, point } = addressChoice((data[0] as any)?.shipping_address)
  const why = await service.whyRoundRefusesReroute(input.round_id, { pickup_point_id: stop.pickup_point_id, address_key: stop.address_key, postal_code, point })
  if (why) {
    const type = why.code === "round_not_found" ? MedusaError.Types.NOT_FOUND : MedusaError.Types.NOT_ALLOWED
    throw refusal(type, why.code, `round_id: ${why.message}`, "round_id")
  }
  return new StepResponse<CheckedReroute>({
    from_stop_order_id: row.id,
    from_round_id: delivery.round.id,
    settles_round: await settlesRound(container, delivery, { rerouted_at: new Date() }),
    takes_drop: stop.kind === "home" && !(await service.stopAwaits(input.round_id, stop.address_key)),
    join: {
      round_id: input.round_id,
      order_id: input.order_id,
      attempt: (row.attempt as number) + 1,
      address_key: stop.address_key ?? null,
      kind: stop.kind,
      pickup_point_id: stop.pickup_point_id ?? null,
      lat: stop.lat ?? null,
      lng: stop.lng ?? null,
    },
  })
})
