import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, QueryContext } from "@medusajs/framework/utils"
import { BASKET_MODULE } from "../modules/basket"
import type BasketModuleService from "../modules/basket/service"
import { cardOffered } from "./basket-card"
import { basketLeadMs } from "./basket-lead"
import { pendingOrderOf } from "./basket-pending-order"
import { planUpcomingRounds, type Cadence } from "./basket-schedule"
import { roundsServingBasket } from "./basket-rounds"
import { toCents } from "./cash"
import { makersOf } from "./makers-of"

const BASKET_RELATIONS = ["lines", "skips", "placements"]
const NEXT_ROUNDS = 4

type PlacementLine = { variant_id: string; title: string; quantity: number; reason?: string }

/**
 * A resident's baskets as the account pages show them: lines with their product (in the request's
 * language, `x-medusa-locale`, as the product pages), the next rounds each goes into (or is skipped
 * / not due in), how it pays, and what each past cutoff placed and left out — or waits for the
 * resident to confirm; and the pending order of the next round it goes into (basket-pending-order), at
 * today's prices of the basket's region. The rules live here and in basket-schedule; the page only
 * shows `can_*`, `next_rounds` and `pending_order`.
 */
export async function basketsOfCustomer(container: MedusaContainer, customer_id: string, id?: string, locale?: string) {
  const service: BasketModuleService = container.resolve(BASKET_MODULE)
  const baskets = await service.listBaskets(id ? { id, customer_id } : { customer_id }, { relations: BASKET_RELATIONS, order: { created_at: "ASC" }, take: null })
  if (!baskets.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const variantIds = [...new Set(baskets.flatMap((b) => b.lines.map((l) => l.variant_id)))]
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "product.id", "product.title", "product.handle", "product.thumbnail", "product.status", "product.metadata"],
    filters: { id: variantIds },
  }, locale ? { locale } : undefined)
  const variantOf = new Map(variants.map((v: any) => [v.id as string, v]))
  const makerOf = await makersOf(container, [...new Set(variants.map((v: any) => v.product.id as string))])
  const { prices: priceOf, currencies } = await todaysPrices(container, baskets)
  const placements = baskets.flatMap((b) => b.placements)
  const { data: orders } = placements.some((p) => p.order_id)
    ? await query.graph({ entity: "order", fields: ["id", "display_id", "total", "currency_code"], filters: { id: placements.map((p) => p.order_id).filter(Boolean) as string[] } })
    : { data: [] as any[] }
  const orderOf = new Map(orders.map((o: any) => [o.id as string, o]))
  const now = new Date()

  const views: Record<string, unknown>[] = []
  for (const b of baskets) {
    const rounds = await roundsServingBasket(container, b, b.created_at)
    const roundOf = new Map(rounds.map((r) => [r.id, r]))
    const plan = planUpcomingRounds(
      {
        cadence: b.cadence as Cadence,
        status: b.status,
        created_at: b.created_at,
        cadence_from: b.cadence_from,
        skipped_round_ids: b.skips.map((s) => s.round_id),
        placed_round_ids: b.placements.map((p) => p.round_id),
      },
      rounds,
      now,
      basketLeadMs(b.payment)
    )
    const lines = b.lines.map((l) => {
      const v = variantOf.get(l.variant_id) as any
      return {
        id: l.id,
        variant_id: l.variant_id,
        quantity: l.quantity,
        title: v?.title ?? null,
        product: v ? { id: v.product.id, title: v.product.title, handle: v.product.handle, thumbnail: v.product.thumbnail } : null,
        available: Boolean(v && v.product?.status === "published"),
        maker: v ? (makerOf.get(v.product.id) ?? null) : null,
        weighed: Boolean(v?.product?.metadata?.weight_pricing),
      }
    })
    views.push({
      id: b.id,
      status: b.status,
      cadence: b.cadence,
      delivery: b.delivery,
      address: b.address,
      pickup_point_id: b.pickup_point_id,
      payment: b.payment,
      payment_method_id: b.payment_method_id,
      card: b.card,
      locale: b.locale,
      created_at: b.created_at,
      lines,
      next_rounds: plan.slice(0, NEXT_ROUNDS).map((p) => {
        const r = roundOf.get(p.round_id)!
        const { round_id, ...rest } = p
        return { id: round_id, name: r.name, starts_at: r.starts_at, ends_at: r.ends_at, cutoff_at: r.cutoff_at, ...rest }
      }),
      pending_order: pendingOrderOf(
        plan,
        new Map(rounds.map((r) => [r.id, { id: r.id, name: r.name, starts_at: r.starts_at, ends_at: r.ends_at, cutoff_at: r.cutoff_at, delivery_fee: Number(r.delivery_fee) }])),
        lines.map((l) => ({
          variant_id: l.variant_id,
          title: l.title,
          product_title: l.product?.title ?? null,
          maker: l.maker,
          quantity: l.quantity,
          unit_price: l.available ? (priceOf.get(`${b.region_id}:${l.variant_id}`) ?? null) : null,
          weighed: l.weighed,
        })),
        b.delivery as "home" | "pickup",
        currencies.get(b.region_id) ?? null,
        now
      ),
      history: b.placements
        .filter((p) => p.status !== "placing")
        .map((p) => {
          const o = p.order_id ? (orderOf.get(p.order_id) as any) : null
          const r = roundOf.get(p.round_id)
          return {
            round_id: p.round_id,
            round: r ? { name: r.name, starts_at: r.starts_at, ends_at: r.ends_at } : null,
            status: p.status,
            order: o ? { id: o.id, display_id: o.display_id, total: o.total, currency_code: o.currency_code } : null,
            placed: (p.placed ?? []) as PlacementLine[],
            left_out: (p.left_out ?? []) as PlacementLine[],
            reason: p.reason,
            placement_id: p.id,
            // The bank asked for the resident: the page links to the confirmation until the round's cutoff.
            can_confirm: p.status === "awaiting_confirmation" && Boolean(r && new Date(r.cutoff_at).getTime() > now.getTime()),
            created_at: p.created_at,
          }
        })
        .sort((x, y) => new Date(y.created_at).getTime() - new Date(x.created_at).getTime()),
      can_edit: true,
      can_use_saved_card: await cardOffered(container, b.region_id),
      can_pause: b.status === "active",
      can_resume: b.status === "paused",
    })
  }
  return views
}

/** Today's shelf price in cents of each basket line's variant in its basket's region (keyed `region:variant`), as the store API calculates it; each region's currency. */
async function todaysPrices(container: MedusaContainer, baskets: { region_id: string; lines: { variant_id: string }[] }[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const prices = new Map<string, number>()
  const currencies = new Map<string, string>()
  for (const regionId of new Set(baskets.map((b) => b.region_id))) {
    const ids = [...new Set(baskets.filter((b) => b.region_id === regionId).flatMap((b) => b.lines.map((l) => l.variant_id)))]
    const { data: [region] } = await query.graph({ entity: "region", fields: ["id", "currency_code"], filters: { id: regionId } })
    if (!region || !ids.length) continue
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "calculated_price.calculated_amount"],
      filters: { id: ids },
      context: { calculated_price: QueryContext({ region_id: region.id, currency_code: (region as any).currency_code }) },
    })
    currencies.set(regionId, (region as any).currency_code)
    for (const v of data as any[]) {
      const amount = v.calculated_price?.calculated_amount
      if (amount !== null && amount !== undefined) prices.set(`${regionId}:${v.id}`, toCents(amount))
    }
  }
  return { prices, currencies }
}
