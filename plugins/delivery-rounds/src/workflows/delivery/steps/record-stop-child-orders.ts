import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export const recordStopChildOrdersStep = createStep(
  "record-delivery-stop-child-orders",
  async (input: { order_id: string; child_order_ids: string[] }, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const [row] = await service.listDeliveryStopOrders({ order_id: input.order_id }, { take: 1 })
    // An empty list (a split already done elsewhere) never erases what was recorded.
    if (!row || !input.child_order_ids.length) return new StepResponse(null, null)
    await service.updateDeliveryStopOrders({ id: row.id, child_order_ids: input.child_order_ids })
    return new StepResponse(row.id, { id: row.id, child_order_ids: row.child_order_ids })
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.updateDeliveryStopOrders(previous)
  }
)
