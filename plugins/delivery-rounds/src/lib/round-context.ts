import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"
import { CASH_ORDER_FIELDS, cashToCollect, paymentMode, toCents, toNumber, type PaymentMode } from "./cash"
import { firstNameAndInitial } from "./resident-name"
import { childOrderIdsOf } from "./stop-child-orders"

export { toNumber } from "./cash"

/** A line sold by weight (the vendors plugin's `weight_pricing` on a maker's line): estimated and, once weighed, real grams. */
export type ItemWeight = { estimated_grams: number; grams: number | null; tolerance_percent: number }
export type RoundItem = { maker_name: string; vendor_id: string | null; order_id: string | null; item_id: string; title: string; quantity: number; weight: ItemWeight | null }

function weightOf(item: any): ItemWeight | null {
  const wp = item.metadata?.weight_pricing
  if (!wp || !Number.isInteger(wp.unit_grams)) return null
  const grams = item.metadata?.weighed_grams
  return { estimated_grams: wp.unit_grams * toNumber(item.quantity), grams: Number.isInteger(grams) ? grams : null, tolerance_percent: Number(wp.tolerance_percent ?? 0) }
}
export type RoundOrder = {
  id: string
  stop_id: string
  display_id: number
  customer_name: string
  // First name and initial: what anyone outside the riders' contact window sees.
  short_name: string
  address_1: string | null
  postal_code: string | null
  city: string | null
  province: string | null
  phone: string | null
  country_code: string | null
  total_cents: number
  payment_mode: PaymentMode
  amount_to_collect: number
  /** This order's part of the cash taken at its stop. */
  amount_collected: number | null
  /** Collected by the resident at the hub after its stop failed. */
  collected_at: Date | string | null
  /**
   * Riding again after a failed delivery (a later attempt): the goods wait at the hub, so no maker prepares or hands
   * over anything for it in this round — its makers' parts are delivered here but are none of the makers' pickups.
   */
  from_hub: boolean
  items: RoundItem[]
  child_orders: { id: string; vendor_id: string | null; items: { id: string; quantity: number }[]; status: string; ready: boolean; weighed_at: string | null; handed_over_at: string | null; delivered: boolean }[]
}
export type RoundMaker = { vendor_id: string; name: string; address_1: string | null; lat: number | null; lng: number | null }

type StopOrderRow = { id: string; order_id: string; attempt?: number; amount_collected?: number | null; collected_at?: Date | string | null; rerouted_at?: unknown; cancelled_at?: unknown }

/** The orders still riding with a stop (a cancelled order leaves it). */
export const liveStopOrders = (stop: { orders?: StopOrderRow[] | null }) => (stop.orders ?? []).filter((o) => !o.cancelled_at)

/**
 * Everything a round's views and workflows need, read once: the round, its live stops with
 * their orders, the residents' orders (with the makers' child orders and what each maker
 * prepares) and the hub.
 */
export async function loadRoundContext(container: MedusaContainer, round_id: string) {
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const round = await service.retrieveRoundWithRefs(round_id)
  const stops = (await service.listDeliveryStops({ round_id, status: ["scheduled", "delivered", "failed"] }, { take: null, relations: ["orders"] })) as any[]
  const points = await service.listPickupPoints({}, { take: null })
  const hub = points.find((p) => p.is_hub) ?? points[0] ?? null

  const rows = stops.flatMap((s) => liveStopOrders(s).map((row) => ({ stop_id: s.id as string, row })))
  const parentIds = rows.map(({ row }) => row.order_id)
  const childIdsOfRow = await childOrderIdsOf(container, rows.map(({ row }) => row.id))
  const childIds = [...childIdsOfRow.values()].flat()
  const [{ data: parents }, { data: children }] = await Promise.all([
    parentIds.length
      ? query.graph({
          entity: "order",
          fields: [
            "id",
            "display_id",
            "shipping_address.*",
            // "items.*": a line's quantity is only filled when the whole item is read.
            "items.*",
            ...CASH_ORDER_FIELDS,
          ],
          filters: { id: parentIds },
        })
      : Promise.resolve({ data: [] as any[] }),
    childIds.length
      ? query.graph({
          entity: "order",
          fields: ["id", "status", "metadata", "items.*", "fulfillments.delivered_at", "vendor.id", "vendor.name", "vendor.address_1", "vendor.lat", "vendor.lng"],
          filters: { id: childIds },
        })
      : Promise.resolve({ data: [] as any[] }),
  ])

  const makers = new Map<string, RoundMaker>()
  const childById = new Map<string, any>(children.map((c: any) => [c.id, c]))
  const orders = new Map<string, RoundOrder>()
  for (const { stop_id, row } of rows) {
    const parent = parents.find((p: any) => p.id === row.order_id) as any
    if (!parent) continue
    const kids = childIdsOfRow.get(row.id)!.map((id) => childById.get(id)).filter(Boolean)
    const fromHub = (row.attempt ?? 1) > 1
    for (const kid of fromHub ? [] : kids) {
      if (kid.vendor?.id && !makers.has(kid.vendor.id)) {
        makers.set(kid.vendor.id, { vendor_id: kid.vendor.id, name: kid.vendor.name, address_1: kid.vendor.address_1 ?? null, lat: kid.vendor.lat ?? null, lng: kid.vendor.lng ?? null })
      }
    }
    const liveKids = kids.filter((k: any) => k.status !== "canceled")
    const itemLine = (i: any, maker: string, vendor: string | null, orderId: string | null) => ({
      maker_name: maker,
      vendor_id: vendor,
      order_id: orderId,
      item_id: i.id,
      title: [i.product_title ?? i.title, i.variant_title].filter(Boolean).join(" · "),
      quantity: toNumber(i.quantity),
      weight: orderId ? weightOf(i) : null,
    })
    const items: RoundItem[] = liveKids.length
      ? liveKids.flatMap((k: any) => (k.items ?? []).map((i: any) => itemLine(i, k.vendor?.name ?? "", k.vendor?.id ?? null, k.id)))
      : (parent.items ?? []).map((i: any) => itemLine(i, "", null, null))
    const a = parent.shipping_address ?? {}
    orders.set(parent.id, {
      id: parent.id,
      stop_id,
      display_id: parent.display_id,
      customer_name: [a.first_name, a.last_name].filter(Boolean).join(" "),
      short_name: firstNameAndInitial(a.first_name, a.last_name),
      address_1: a.address_1 ?? null,
      postal_code: a.postal_code ?? null,
      city: a.city ?? null,
      province: a.province ?? null,
      phone: a.phone ?? null,
      country_code: a.country_code ?? null,
      total_cents: toCents(parent.total),
      payment_mode: paymentMode(parent),
      amount_to_collect: cashToCollect(parent, row.amount_collected ?? 0),
      amount_collected: row.amount_collected ?? null,
      collected_at: row.collected_at ?? null,
      from_hub: fromHub,
      items,
      child_orders: kids.map((k: any) => ({
        id: k.id,
        vendor_id: k.vendor?.id ?? null,
        status: k.status,
        // The maker's "pronto" (vendors plugin): packed and labelled for this round.
        ready: Boolean(k.metadata?.ready_at),
        // Weighed, handed over to a round (vendors plugin), delivered: when its weights can still be entered.
        weighed_at: (k.metadata?.weighed_at as string | undefined) ?? null,
        handed_over_at: (k.metadata?.handed_over_at as string | undefined) ?? null,
        delivered: (k.fulfillments ?? []).some((f: any) => f?.delivered_at),
        items: (k.items ?? []).map((i: any) => ({ id: i.id, quantity: toNumber(i.quantity) })),
      })),
    })
  }
  return { round: round as any, stops, orders, makers: [...makers.values()], hub, points }
}

export type RoundContext = Awaited<ReturnType<typeof loadRoundContext>>

/** The makers' parts of an order that its makers prepare and hand over for this round (none when it comes from the hub). */
export const makerParts = (order: RoundOrder) => (order.from_hub ? [] : order.child_orders)

/** A stop's orders as the round read them, by order number. */
export function ordersOfStop(ctx: Pick<RoundContext, "orders">, stop: { orders?: StopOrderRow[] | null }): RoundOrder[] {
  return liveStopOrders(stop)
    .map((row) => ctx.orders.get(row.order_id))
    .filter((o): o is RoundOrder => Boolean(o))
    .sort((a, b) => a.display_id - b.display_id)
}
