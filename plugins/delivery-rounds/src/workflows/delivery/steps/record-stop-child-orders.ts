import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { childOrderIdsOf } from "../../../lib/stop-child-orders"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

/**
 * The stop order's links to its makers' child orders become the announced list: missing ones made,
 * ones no longer in it dismissed. An empty list (a split already done elsewhere) never erases what
 * was recorded. Compensation puts the links back as they were.
 */
export const recordStopChildOrdersStep = createStep(
  "record-delivery-stop-child-orders",
  async (input: { order_id: string; child_order_ids: string[] }, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const row = await service.currentStopOrder(input.order_id)
    if (!row || !input.child_order_ids.length) return new StepResponse(null, null)
    const linked = (await childOrderIdsOf(container, [row.id])).get(row.id)!
    const linkTo = (order_id: string): LinkDefinition => ({ [DELIVERY_MODULE]: { delivery_stop_order_id: row.id }, [Modules.ORDER]: { order_id } })
    const added = input.child_order_ids.filter((id) => !linked.includes(id)).map(linkTo)
    const dismissed = linked.filter((id) => !input.child_order_ids.includes(id)).map(linkTo)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (dismissed.length) await link.dismiss(dismissed)
    if (added.length) await link.create(added)
    return new StepResponse(row.id, { added, dismissed })
  },
  async (made, { container }) => {
    if (!made) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (made.added.length) await link.dismiss(made.added)
    if (made.dismissed.length) await link.create(made.dismissed)
  }
)
