import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../../../../../modules/delivery"
import type DeliveryModuleService from "../../../../../modules/delivery/service"

// GET /store/delivery-rounds/orders/:order_id → the round an order rides with and how its delivery went.
// Like Medusa's own GET /store/orders/:id, knowing the order id is what grants access.
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const service: DeliveryModuleService = req.scope.resolve(DELIVERY_MODULE)
  const [stop] = await service.listDeliveryStops({ order_id: req.params.order_id }, { take: 1 })
  if (!stop) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.order_id} has no delivery round`)
  const round = await service.retrieveDeliveryRound(stop.round_id)
  const point = stop.pickup_point_id ? await service.retrievePickupPoint(stop.pickup_point_id) : null
  res.json({
    delivery: {
      kind: stop.kind,
      round_id: round.id,
      round_name: round.name,
      starts_at: round.starts_at,
      ends_at: round.ends_at,
      round_status: round.status,
      stop_status: stop.status,
      eta: round.status === "in_progress" ? stop.eta : null,
      note: stop.status === "failed" ? stop.note : null,
      pickup_point: point ? { name: point.name, address_1: point.address_1, postal_code: point.postal_code, city: point.city } : null,
      completed_at: stop.completed_at,
    },
  })
}
