import type { MedusaContainer } from "@medusajs/framework/types"
import { DELIVERY_MODULE } from "../../../../modules/delivery"
import { canResidentCancelRide } from "../../../../modules/delivery/round-rules"
import type DeliveryModuleService from "../../../../modules/delivery/service"

/**
 * What a resident sees of how their orders travel: the round, its status and the stop's, the
 * pickup point; the ETA only while the round is under way, the rider's note only when it failed, and then — until
 * she has it — the network's hub, where the order goes back; whether the resident may still cancel it, and until when
 * (the round's cutoff).
 */
export async function residentDeliveries(scope: MedusaContainer, orderIds: string[]) {
  if (!orderIds.length) return []
  const service: DeliveryModuleService = scope.resolve(DELIVERY_MODULE)
  const rows = [...(await service.currentStopOrders(orderIds, ["stop"])).values()]
  if (!rows.length) return []
  const [rounds, points] = await Promise.all([
    service.listDeliveryRounds({ id: [...new Set(rows.map((r) => r.stop.round_id))] }, { take: null }),
    service.listPickupPoints({}, { take: null }),
  ])
  const hub = points.find((p) => p.is_hub)
  return rows.map((row) => {
    const stop = row.stop
    const round = rounds.find((r) => r.id === stop.round_id)!
    const point = stop.pickup_point_id ? points.find((p) => p.id === stop.pickup_point_id) : null
    return {
      order_id: row.order_id,
      kind: stop.kind,
      round_id: round.id,
      round_name: round.name,
      starts_at: round.starts_at,
      ends_at: round.ends_at,
      round_status: round.status,
      // an order cancelled while its stop rides on has left the round
      stop_status: row.cancelled_at ? "cancelled" : stop.status,
      eta: round.status === "in_progress" ? stop.eta : null,
      note: stop.status === "failed" ? stop.note : null,
      pickup_point: point ? { name: point.name, address_1: point.address_1, postal_code: point.postal_code, city: point.city } : null,
      completed_at: stop.completed_at,
      // After a failed delivery, when she collected it at the network's hub.
      collected_at: row.collected_at ?? null,
      hub: hub && stop.status === "failed" && !row.collected_at && !row.cancelled_at ? { name: hub.name, address_1: hub.address_1, postal_code: hub.postal_code, city: hub.city } : null,
      can_cancel: !row.cancelled_at && canResidentCancelRide(round, row),
      cancel_until: round.cutoff_at,
    }
  })
}
