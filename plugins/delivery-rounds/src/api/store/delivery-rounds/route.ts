import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import type { StoreListDeliveryRounds } from "./validators"

const PICKUP_FIELDS = ["id", "name", "address_1", "postal_code", "city", "lat", "lng", "opening_hours", "is_hub"]

// GET /store/delivery-rounds?cart_id=… → the rounds open for the cart's address and the pickup points.
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { cart_id } = req.validatedQuery as StoreListDeliveryRounds
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({ entity: "cart", fields: ["id", "shipping_address.*"], filters: { id: cart_id } })
  if (!carts[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cart_id} was not found`)
  const address = carts[0].shipping_address as { postal_code?: string | null; metadata?: Record<string, unknown> | null } | null

  const { data: pickup_points } = await query.graph({ entity: "pickup_point", fields: PICKUP_FIELDS, pagination: { order: { name: "ASC" } } })
  if (!address?.postal_code) {
    return res.json({ rounds: [], pickup_points, message: "Inserisci l'indirizzo di consegna per vedere i giri che lo servono." })
  }
  const service: DeliveryModuleService = req.scope.resolve(DELIVERY_MODULE)
  const point = { lat: address.metadata?.lat as number | undefined, lng: address.metadata?.lng as number | undefined }
  const rounds = (await service.roundsServing(address.postal_code, point)).map((r) => ({
    id: r.id,
    name: r.name,
    starts_at: r.starts_at,
    ends_at: r.ends_at,
    cutoff_at: r.cutoff_at,
    delivery_fee: r.delivery_fee,
    drops_left: r.max_drops - r.drops_taken,
    vehicle_profile: r.vehicle_profile,
    pickup_point_ids: r.pickup_point_ids,
    // Filled once rounds surface as shipping options of this plugin's fulfillment provider.
    shipping_option_id: null,
  }))
  res.json({
    rounds,
    pickup_points,
    ...(rounds.length ? {} : { message: "Nessun giro di consegna serve questo indirizzo: puoi ritirare l'ordine in un punto di ritiro." }),
  })
}
