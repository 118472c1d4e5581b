import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { batchShortfalls, type BatchLine } from "../../../lib/batch-wants"
import { optionKey, PROVIDER_ID, type RoundOptionData } from "../../../lib/round-options"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import { addressChoice } from "../../../lib/round-choice"
import type { StoreListDeliveryRounds } from "./validators"

const PICKUP_FIELDS = ["id", "name", "address_1", "postal_code", "city", "lat", "lng", "opening_hours", "is_hub"]

/**
 * GET /store/delivery-rounds?cart_id=… → the rounds that can bring this cart home (zone, before
 * cutoff, drops left) and the pickup points with their collection slots, each with the Medusa
 * shipping option to choose.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { cart_id } = req.validatedQuery as StoreListDeliveryRounds
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({ entity: "cart", fields: ["id", "shipping_address.*", "items.product_id", "items.quantity"], filters: { id: cart_id } })
  if (!carts[0]) throw refusal(MedusaError.Types.NOT_FOUND, "cart_not_found", `Cart ${cart_id} was not found`, "cart_id")
  const address = carts[0].shipping_address as Parameters<typeof addressChoice>[0]

  const service: DeliveryModuleService = req.scope.resolve(DELIVERY_MODULE)
  const [{ data: points }, { data: options }, open] = await Promise.all([
    query.graph({ entity: "pickup_point", fields: PICKUP_FIELDS, pagination: { order: { name: "ASC" } } }, { locale: req.locale }),
    query.graph({ entity: "shipping_option", fields: ["id", "data"], filters: { provider_id: PROVIDER_ID } }),
    service.listRoundsWithRefs({ status: "open", cutoff_at: { $gt: new Date() } }, { order: { starts_at: "ASC" }, take: null }),
  ])
  const optionFor = new Map(options.map((o: any) => [optionKey(o.data as RoundOptionData), o.id as string]))
  // What of this cart a round's batches cannot make any more (the resident picks another round).
  const short = await batchShortfalls(req.scope, open.map((r) => r.id), (carts[0].items ?? []) as BatchLine[])
  const slot = (r: any) => ({ round_id: r.id, name: r.name, starts_at: r.starts_at, ends_at: r.ends_at, cutoff_at: r.cutoff_at, short: short.get(r.id) ?? [] })
  const pickup_points = points.map((p: any) => ({
    ...p,
    slots: open
      .filter((r) => r.pickup_point_ids.includes(p.id))
      .map((r) => ({ ...slot(r), shipping_option_id: optionFor.get(optionKey({ id: "pickup-point", round_id: r.id, pickup_point_id: p.id })) ?? null }))
      .filter((s) => s.shipping_option_id),
  }))
  if (!address?.postal_code) {
    return res.json({ rounds: [], pickup_points, message: "Inserisci l'indirizzo di consegna per vedere i giri che lo servono." })
  }
  const { point, address_key } = addressChoice(address)
  const rounds = (await service.roundsServing(address.postal_code, point, address_key))
    .map((r) => ({
      ...slot(r),
      delivery_fee: r.delivery_fee,
      drops_left: r.max_drops - r.drops_taken,
      vehicle_profile: r.vehicle_profile,
      pickup_point_ids: r.pickup_point_ids,
      shipping_option_id: optionFor.get(optionKey({ id: "delivery-round", round_id: r.id })) ?? null,
    }))
    .map(({ round_id, ...r }) => ({ id: round_id, ...r }))
    .filter((r) => r.shipping_option_id)
  res.json({
    rounds,
    pickup_points,
    ...(rounds.length ? {} : { message: "Nessun giro di consegna serve questo indirizzo: puoi ritirare l'ordine in un punto di ritiro." }),
  })
}
