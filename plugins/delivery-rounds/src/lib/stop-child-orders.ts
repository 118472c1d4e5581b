import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import StopOrderChildOrders from "../links/stop-order-child-orders"

/** The makers' child orders of each stop order (its module link), by stop-order id; [] for one with none. */
export async function childOrderIdsOf(container: MedusaContainer, stopOrderIds: string[]): Promise<Map<string, string[]>> {
  const byRow = new Map<string, string[]>(stopOrderIds.map((id) => [id, []]))
  if (!stopOrderIds.length) return byRow
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: StopOrderChildOrders.entryPoint,
    fields: ["delivery_stop_order_id", "order_id"],
    filters: { delivery_stop_order_id: stopOrderIds },
  })
  for (const link of data as { delivery_stop_order_id: string; order_id: string }[]) byRow.get(link.delivery_stop_order_id)?.push(link.order_id)
  return byRow
}
