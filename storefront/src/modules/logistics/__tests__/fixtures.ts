import type { RoundDetail, Stop } from "../types"

export function stop(overrides: Partial<Stop> = {}): Stop {
  return {
    id: "stop_1",
    display_id: 101,
    kind: "home",
    pickup_point_name: null,
    status: "scheduled",
    customer_name: "Giulia Verdi",
    address_1: "Via XX Settembre 40",
    postal_code: "37129",
    city: "Verona",
    phone: "+39 045 800 5678",
    lat: 45.4431,
    lng: 11.0079,
    located: true,
    items: [],
    orders: [{ display_id: 101, payment_mode: "online", amount_to_collect: 0, amount_collected: null }],
    payment_mode: "online",
    amount_to_collect: 0,
    amount_collected: null,
    note: null,
    position: null,
    eta: null,
    locked: false,
    completed_at: null,
    ...overrides,
  }
}

export function round(overrides: Partial<RoundDetail> = {}): RoundDetail {
  return {
    id: "round_1",
    name: "Giovedì sera",
    starts_at: "2026-11-26T16:00:00.000Z",
    ends_at: "2026-11-26T19:00:00.000Z",
    cutoff_at: "2026-11-24T22:59:00.000Z",
    dropoff_deadline: null,
    status: "planned",
    vehicle_profile: "cargo_bike",
    collection_mode: "hub_dropoff",
    max_drops: 20,
    drops_taken: 2,
    stops_count: 2,
    done_count: 0,
    failed_count: 0,
    can_plan: true,
    can_start: true,
    before_round_day: false,
    hub: { name: "Casa Comune", address: "Via San Nazaro 1", lat: 45.4425, lng: 11.0065 },
    stops: [],
    makers: [],
    plan: null,
    totals: { orders: 0, home_stops: 0, pickup_orders: 0, items: 0, amount_to_collect: 0, amount_collected: 0 },
    can_see_contacts: true,
    ...overrides,
  }
}
