import { canWeigh } from "@rbv/kit"
import { canDeliverAgain, canFinishRound, canPlan, canStart } from "../modules/delivery/round-rules"
import { isBeforeRoundDay } from "./round-dates"
import { liveStopOrders, makerParts, ordersOfStop, type RoundContext, type RoundOrder } from "./round-context"

// Residents' names, addresses and phones are for the people riding: shown to the volunteers
// assigned to the round, once it is planned and until it is over.
export const CONTACT_STATUSES = ["planned", "in_progress"]

export const seesContacts = (round: { status: string; volunteer_ids: string[] }, volunteerId: string) =>
  CONTACT_STATUSES.includes(round.status) && round.volunteer_ids.includes(volunteerId)

export function roundSummary(round: any, stops: any[]) {
  const live = stops.filter((s) => s.status !== "cancelled")
  return {
    id: round.id,
    name: round.name,
    starts_at: round.starts_at,
    ends_at: round.ends_at,
    cutoff_at: round.cutoff_at,
    dropoff_deadline: round.dropoff_deadline ?? null,
    status: round.status,
    vehicle_profile: round.vehicle_profile,
    collection_mode: round.collection_mode,
    max_drops: round.max_drops,
    drops_taken: round.drops_taken,
    stops_count: live.length,
    done_count: live.filter((s) => s.status === "delivered").length,
    failed_count: live.filter((s) => s.status === "failed").length,
    can_plan: canPlan(round.status),
    can_start: canStart(round.status),
    can_finish: canFinishRound(round.status, live),
    // A fact for the start button: starting before the day tells residents "on its way" days early.
    before_round_day: isBeforeRoundDay(round.starts_at),
  }
}

/** How a stop is paid: every order at the door, every order online, or some of each. */
export type StopPaymentMode = "on_delivery" | "online" | "mixed"

function stopPaymentMode(orders: RoundOrder[]): StopPaymentMode {
  const modes = new Set(orders.map((o) => o.payment_mode))
  return modes.size > 1 ? "mixed" : modes.has("on_delivery") ? "on_delivery" : "online"
}

/** Items of a stop's orders, the same product of the same maker counted once. */
function mergedItems(orders: RoundOrder[]) {
  const lines = new Map<string, { maker_name: string; title: string; quantity: number }>()
  for (const { maker_name, title, quantity } of orders.flatMap((o) => o.items)) {
    const key = `${maker_name}\u0000${title}`
    const line = lines.get(key) ?? { maker_name, title, quantity: 0 }
    line.quantity += quantity
    lines.set(key, line)
  }
  return [...lines.values()]
}

const unique = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))]

/**
 * The volunteer's view of a round: stops in plan order, one per door with all its orders (known
 * by the residents' order numbers, never by an id usable elsewhere), what to collect from each
 * maker and whether it is ready, totals.
 */
export function roundDetail(ctx: RoundContext, volunteerId: string) {
  const { round, stops, orders, makers, hub, points } = ctx
  const can_see_contacts = seesContacts(round, volunteerId)
  const stopOrders = new Map(stops.map((s) => [s.id as string, ordersOfStop(ctx, s)]))
  const firstOrder = (s: any) => stopOrders.get(s.id)?.[0]
  const sorted = [...stops].sort(
    (a, b) =>
      (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER) ||
      (firstOrder(a)?.display_id ?? 0) - (firstOrder(b)?.display_id ?? 0)
  )
  const viewStops = sorted.map((s) => {
    const own = stopOrders.get(s.id) ?? []
    const order = own[0]
    return {
      id: s.id,
      display_id: order?.display_id ?? null,
      orders: own.map((o) => ({
        display_id: o.display_id,
        payment_mode: o.payment_mode,
        amount_to_collect: o.amount_to_collect,
        amount_collected: o.amount_collected,
        from_hub: o.from_hub,
      })),
      kind: s.kind,
      pickup_point_name: s.pickup_point_id ? points.find((p) => p.id === s.pickup_point_id)?.name ?? null : null,
      status: s.status,
      customer_name: unique(own.map((o) => (can_see_contacts ? o.customer_name : o.short_name))).join(", "),
      address_1: can_see_contacts ? order?.address_1 ?? null : null,
      postal_code: order?.postal_code ?? null,
      city: order?.city ?? null,
      phone: can_see_contacts ? unique(own.map((o) => o.phone))[0] ?? null : null,
      lat: can_see_contacts ? s.lat ?? null : null,
      lng: can_see_contacts ? s.lng ?? null : null,
      located: s.lat != null && s.lng != null,
      geocode_error: s.geocode_error ?? null,
      items: mergedItems(own),
      payment_mode: stopPaymentMode(own),
      // what is still to collect at this door (0 once captured, and when paid online)
      amount_to_collect: own.reduce((n, o) => n + o.amount_to_collect, 0),
      amount_collected: s.amount_collected ?? null,
      note: s.note ?? null,
      position: s.position ?? null,
      eta: s.eta ?? null,
      locked: Boolean(s.locked),
      completed_at: s.completed_at ?? null,
      can_deliver_again: canDeliverAgain(round.status, s.status, liveStopOrders(s)),
    }
  })
  const live = stops.filter((s) => s.status !== "cancelled")
  const liveOrders = live.flatMap((s) => stopOrders.get(s.id) ?? [])
  const viewMakers = makers.map((m) => {
    const parts = liveOrders.flatMap((o) => makerParts(o).filter((c) => c.vendor_id === m.vendor_id && c.status !== "canceled"))
    return {
      ...m,
      items: [...orders.values()].flatMap((o) =>
        (o.from_hub ? [] : o.items).filter((i) => i.vendor_id === m.vendor_id).map((i) => ({ title: i.title, quantity: i.quantity, display_id: o.display_id }))
      ),
      // "Pronto" per maker: every part it prepares for this round packed and labelled.
      orders_count: parts.length,
      ready_count: parts.filter((c) => c.ready).length,
      ready: parts.length > 0 && parts.every((c) => c.ready),
    }
  })
  const shortNames = (stopId: string) => unique((stopOrders.get(stopId) ?? []).map((o) => o.short_name)).join(", ")
  return {
    ...roundSummary(round, stops),
    hub: hub ? { name: hub.name, address: `${hub.address_1}, ${hub.postal_code} ${hub.city}`, lat: hub.lat, lng: hub.lng } : null,
    stops: viewStops,
    makers: viewMakers,
    plan: round.plan && !can_see_contacts ? maskPlan(round.plan, shortNames) : round.plan ?? null,
    totals: {
      orders: liveOrders.length,
      home_stops: live.filter((s) => s.kind === "home").length,
      pickup_orders: liveOrders.filter((o) => live.find((s) => s.id === o.stop_id)?.kind === "pickup").length,
      items: liveOrders.reduce((n, o) => n + o.items.reduce((k, i) => k + i.quantity, 0), 0),
      amount_to_collect: liveOrders.reduce((n, o) => n + o.amount_to_collect, 0),
      amount_collected: live.reduce((n, s) => n + (s.amount_collected ?? 0), 0),
    },
    can_see_contacts,
  }
}

// Outside the contact window a plan shows where makers are, not where residents live or who they are.
function maskPlan(plan: any, shortName: (stopId: string) => string) {
  return { ...plan, steps: (plan.steps ?? []).map((s: any) => (s.type === "deliver" ? { ...s, lat: null, lng: null, name: shortName(s.stop_id) } : s)) }
}

/**
 * One maker's view of a round: a packing list per resident order it supplies, and when the
 * goods leave the workshop (hub drop-off deadline, or the rider's planned collection). Null when
 * the maker has nothing in this round.
 */
export function vendorRoundPackingList(ctx: RoundContext, vendorId: string) {
  const { round, orders, hub } = ctx
  const lists = [...orders.values()]
    .filter((o) => makerParts(o).some((c) => c.vendor_id === vendorId && c.status !== "canceled"))
    .map((o) => {
      const part = makerParts(o).find((c) => c.vendor_id === vendorId && c.status !== "canceled")!
      const items = o.items.filter((i) => i.vendor_id === vendorId).map(({ item_id, title, quantity, weight }) => ({
        item_id,
        title,
        quantity,
        weight,
        // what the packing list e-mail prints: "weigh it" or the real weight
        weighed: Boolean(weight),
        weight_g: weight?.grams ?? null,
      }))
      return {
        display_id: o.display_id,
        customer_name: o.short_name,
        // The maker's own part (its id is the maker's: /vendor/orders/:id), where weights are entered.
        order_id: part.id,
        items,
        can_weigh: canWeigh({ ...part, has_weighed_lines: items.some((i) => i.weight) }),
      }
    })
  if (!lists.length) return null
  const collect = (round.plan?.steps ?? []).find((s: any) => s.type === "collect" && s.vendor_id === vendorId)
  return {
    id: round.id,
    name: round.name,
    starts_at: round.starts_at,
    ends_at: round.ends_at,
    status: round.status,
    collection_mode: round.collection_mode,
    dropoff_deadline: round.collection_mode === "hub_dropoff" ? round.dropoff_deadline : null,
    hub: hub ? { name: hub.name, address_1: hub.address_1 } : null,
    collection_eta: collect?.arrival ?? null,
    orders: lists,
  }
}
