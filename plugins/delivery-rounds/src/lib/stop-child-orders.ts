import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import StopOrderChildOrders from "../links/stop-order-child-orders"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"

/**
 * The makers' child orders of each stop order, by stop-order id; [] for one with none. They hang off the order's first
 * ride (the module link, one ride per child order): a later attempt, riding again from the hub, carries the same parts.
 */
export async function childOrderIdsOf(container: MedusaContainer, stopOrderIds: string[]): Promise<Map<string, string[]>> {
  const byRow = new Map<string, string[]>(stopOrderIds.map((id) => [id, []]))
  if (!stopOrderIds.length) return byRow
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const later = await service.listDeliveryStopOrders({ id: stopOrderIds, attempt: { $gt: 1 } }, { take: null })
  const firsts = later.length ? await service.listDeliveryStopOrders({ order_id: later.map((r) => r.order_id), attempt: 1 }, { take: null }) : []
  const linkedRow = new Map(stopOrderIds.map((id) => [id, id]))
  for (const row of later) linkedRow.set(row.id, firsts.find((f) => f.order_id === row.order_id)?.id ?? row.id)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: StopOrderChildOrders.entryPoint,
    fields: ["delivery_stop_order_id", "order_id"],
    filters: { delivery_stop_order_id: [...new Set(linkedRow.values())] },
  })
  const linked = new Map<string, string[]>()
  for (const link of data as { delivery_stop_order_id: string; order_id: string }[]) {
    linked.set(link.delivery_stop_order_id, [...(linked.get(link.delivery_stop_order_id) ?? []), link.order_id])
  }
  for (const [id, from] of linkedRow) byRow.set(id, linked.get(from) ?? [])
  return byRow
}
