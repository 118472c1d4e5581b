import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import { canResidentCancelRide } from "../../../modules/delivery/round-rules"
import type DeliveryModuleService from "../../../modules/delivery/service"

export const validateResidentCancelStepId = "validate-resident-cancel"

/** A resident cancels an order of theirs only while it rides a round that has not reached its cutoff. */
export const validateResidentCancelStep = createStep(validateResidentCancelStepId, async (input: { order_id: string }, { container }) => {
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const row = await service.currentStopOrder(input.order_id, ["stop"])
  if (!row?.stop) throw refusal(MedusaError.Types.NOT_FOUND, "order_not_found", `Order ${input.order_id} has no delivery round`, "order_id")
  if (row.cancelled_at) throw refusal(MedusaError.Types.NOT_ALLOWED, "order_cancelled", "The order is already cancelled", "order_id")
  const round = await service.retrieveDeliveryRound(row.stop.round_id)
  if (!canResidentCancelRide(round, row)) {
    if (row.attempt > 1) {
      throw refusal(MedusaError.Types.NOT_ALLOWED, "order_rerouted", "This order rides again after a failed delivery, prepared long ago: to change it, contact the network", "order_id")
    }
    throw refusal(MedusaError.Types.NOT_ALLOWED, "cutoff_passed", "The round's cutoff has passed: the makers are preparing this order", "order_id")
  }
})
