import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"
import { CASH_ORDER_FIELDS, cashToCollect, paymentMode } from "./cash"
import { liveStopOrders } from "./round-context"

/**
 * The coordinators' list of residents to call back: every order whose delivery failed and that the resident does not
 * have yet (not delivered on a second pass, not collected at the hub, not put into a later round, not cancelled), the
 * longest waiting first, with what is still to collect.
 */
export async function failedDeliveriesAwaitingResident(container: MedusaContainer) {
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const stops = await service.listDeliveryStops({ status: "failed" }, { take: null, relations: ["orders", "round"] })
  const waiting = stops.flatMap((stop) => liveStopOrders(stop as any).filter((row) => !row.collected_at && !row.rerouted_at).map((row) => ({ stop: stop as any, row })))
  if (!waiting.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "shipping_address.first_name", "shipping_address.last_name", "shipping_address.phone", ...CASH_ORDER_FIELDS],
    filters: { id: waiting.map(({ row }) => row.order_id) },
  })
  const byId = new Map((orders as any[]).map((o) => [o.id as string, o]))
  return waiting
    .filter(({ row }) => byId.get(row.order_id)?.status !== "canceled")
    .sort((a, b) => new Date(a.stop.completed_at).getTime() - new Date(b.stop.completed_at).getTime())
    .map(({ stop, row }) => {
      const order = byId.get(row.order_id)
      const address = order.shipping_address ?? {}
      return {
        order_id: row.order_id as string,
        display_id: order.display_id as number,
        resident: [address.first_name, address.last_name].filter(Boolean).join(" "),
        phone: (address.phone as string | null) ?? null,
        round: { id: stop.round.id as string, name: (stop.round.name as string | null) ?? null, starts_at: stop.round.starts_at, status: stop.round.status as string },
        kind: stop.kind as "home" | "pickup",
        note: (stop.note as string | null) ?? null,
        failed_at: stop.completed_at,
        payment_mode: paymentMode(order),
        amount_to_collect: cashToCollect(order, row.amount_collected ?? 0),
      }
    })
}
