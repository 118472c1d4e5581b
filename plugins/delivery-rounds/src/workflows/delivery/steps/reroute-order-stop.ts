import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import type { JoinedStop } from "../../../modules/delivery/service"
import type { CheckedReroute } from "./validate-reroute"

type Undo = { joined: JoinedStop; round_id: string; drop_taken: boolean; from_stop_order_id: string }

/**
 * The order's next ride: it joins the round's stop at its door (or opens one, taking a drop), and the failed row is
 * marked rerouted (it stays as the first round's history; the makers' parts stay linked to the first ride, and
 * `childOrderIdsOf` reads them for the new one). Undone as a whole.
 */
export const rerouteOrderStopStep = createStep(
  "reroute-order-stop",
  async (checked: CheckedReroute, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const { round_id } = checked.join
    if (checked.takes_drop && !(await service.takeRerouteDrop(round_id))) {
      throw refusal(MedusaError.Types.NOT_ALLOWED, "round_full", "round_id: this delivery round is full or has left meanwhile: choose another round", "round_id")
    }
    const joined = await service.joinStop(checked.join)
    // Another door's order opened the stop meanwhile: this one took a drop for nothing.
    const drop_taken = checked.takes_drop && joined.created
    if (checked.takes_drop && !joined.created) await service.releaseDrop(round_id)
    if (!joined.mine) {
      throw refusal(MedusaError.Types.CONFLICT, "order_already_rerouted", "This order was put into another round meanwhile")
    }
    const undo: Undo = { joined, round_id, drop_taken, from_stop_order_id: checked.from_stop_order_id }
    try {
      await service.updateDeliveryStopOrders({ id: checked.from_stop_order_id, rerouted_at: new Date() })
    } catch (error) {
      // A step that throws is not compensated: give back what it took.
      await undoReroute(service, undo)
      throw error
    }
    return new StepResponse({ round_id, stop_id: joined.stop_id, stop_order_id: joined.stop_order_id }, undo)
  },
  async (undo, { container }) => {
    if (undo) await undoReroute(container.resolve(DELIVERY_MODULE), undo)
  }
)

async function undoReroute(service: DeliveryModuleService, undo: Undo) {
  await service.updateDeliveryStopOrders({ id: undo.from_stop_order_id, rerouted_at: null })
  await service.leaveStop(undo.joined)
  if (undo.drop_taken) await service.releaseDrop(undo.round_id)
}
