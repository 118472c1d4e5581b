// Who may call each custom route, with which of their own real ids, and which real ids of other
// people it must refuse. The sweep derives every probe from this table; a route missing here
// fails the sweep, so a new route cannot ship without saying who it is for.
import type { World } from "./world"

export type Caller = "admin" | "maker" | "rider" | "planner" | "resident" | "guest" | "applicant" | "volunteerApplicant" | "webhook"
export type Entry = {
  caller: Caller
  /** The caller's own real ids for the path parameters. */
  params?: (w: World) => Record<string, string>
  /** Other people's real ids: the caller must get 403/404 for each set. */
  foreign?: (w: World) => Record<string, string>[]
  query?: (w: World) => Record<string, string>
  /** A body the caller could send (never sent as is: only with an unknown field or a wrong type). */
  body?: (w: World) => Record<string, unknown>
  /** Bodies naming other people's real ids, sent with the caller's own path ids: each must be refused. */
  foreignBodies?: (w: World) => Record<string, unknown>[]
  /** Why a route has no foreign-id probe although it takes an id. */
  why?: string
  /** A multipart upload: JSON body probes do not apply (the upload specs cover its bodies). */
  multipart?: true
}

// Kept mails belong to the network (only coordinators read them); any well-formed id shows the route's answer to ids it does not hold.
const OUTBOX_ID = "20260101T000000000-none-00000000"
const OUTBOX_WHY = "kept mails are the coordinators' alone: no other actor has an id to try"
// A basket placement waits for its resident only after a round's cutoff met a saved card that asked for 3-D Secure.
const NO_PLACEMENT = "bsktpl_01SWEEPNOPLACEMENT0000000"
const PLACEMENT_WHY = "a placement waiting for its resident exists only once a round's cutoff met a card asking for 3-D Secure; basket.cases probes another resident's real one (404)"
// A saved card exists only once a resident saved one with Stripe (basket.cases removes another resident's: 404).
const NO_CARD = "pm_sweepnocard"
const CARD_WHY = "a saved card exists only once a resident saved one with Stripe; basket.cases tries another resident's real one (404)"
const OWN_LOGIN = "it names no id: a login changes only its own password, the one its session belongs to"
const CART_SECRET = "a cart id is the resident's own secret, held by their browser; no other actor is ever given one"
const round = {
  name: "Giro di prova",
  starts_at: "2030-01-10T16:00:00.000Z",
  ends_at: "2030-01-10T19:00:00.000Z",
  cutoff_at: "2030-01-09T16:00:00.000Z",
  max_drops: 10,
}
const place = { name: "Punto prova", address_1: "Via Prova 1", postal_code: "37129", lat: 45.44, lng: 11.0 }
const product = { title: "Pane di prova", variants: [{ title: "Unico", prices: [{ amount: 5, currency_code: "eur" }], stock: 3 }] }

export const TABLE: Record<string, Entry> = {
  // ---- @rbv/brand: coordinators
  "GET /admin/brand/certifications": { caller: "admin" },
  "POST /admin/brand/certifications/:id/:action": { caller: "admin", params: (w) => ({ id: w.ids.certification, action: "approve" }), body: () => ({ reason: "ok", validity_months: 12 }) },
  "GET /admin/brand/charters": { caller: "admin" },
  "POST /admin/brand/charters": { caller: "admin", body: () => ({ criteria: [{ key: "prova", title: "Criterio di prova" }], notes: "n" }) },
  "POST /admin/brand/charters/:id/publish": { caller: "admin", params: (w) => ({ id: w.ids.charter }), body: () => ({}) },
  "POST /admin/brand/fund/disbursements": { caller: "admin", body: () => ({ amount: 100, purpose: "Spesa per la mensa", beneficiary_project: "Mensa" }) },
  "GET /admin/brand/fund/export": { caller: "admin" },
  "GET /admin/brand/fund/policy": { caller: "admin" },
  "POST /admin/brand/fund/policy": { caller: "admin", body: () => ({ share_bps: 100 }) },
  "GET /admin/brand/fund": { caller: "admin" },
  "POST /admin/brand/vouchers/:id/assign": { caller: "admin", params: (w) => ({ id: w.ids.certification }), body: () => ({ beneficiary: "Famiglia R." }) },
  "POST /admin/brand/vouchers/redeem": { caller: "admin", body: () => ({ code: "ABCDEF12", pickup_point: "Casa Comune" }) },
  "GET /admin/brand/vouchers": { caller: "admin" },
  // ---- @rbv/brand: residents and the public
  "GET /store/brand/carts/:id/breakdown": { caller: "guest", params: (w) => ({ id: w.ids.ownCart }), why: CART_SECRET },
  "GET /store/brand/charter": { caller: "guest" },
  "GET /store/brand/fund": { caller: "guest" },
  "GET /store/brand/products": { caller: "guest" },
  "POST /store/brand/round-up": { caller: "guest", body: (w) => ({ cart_id: w.ids.ownCart, amount: 50 }), why: CART_SECRET },
  "POST /store/brand/vouchers/redeem": { caller: "guest", body: () => ({ code: "ABCDEF12", pickup_point: "Casa Comune" }) },
  // ---- @rbv/brand: makers
  "GET /vendor/brand/adherence": { caller: "maker" },
  "POST /vendor/brand/adherence": { caller: "maker", body: () => ({ adherence: [{ criterion_key: "made_in_district", evidence: "Forno a legna", photos: [] }] }) },
  "GET /vendor/brand/products/:id": { caller: "maker", params: (w) => ({ id: w.ids.makerProduct }), foreign: (w) => [{ id: w.ids.otherProduct }] },
  "POST /vendor/brand/products/:id": {
    caller: "maker",
    params: (w) => ({ id: w.ids.makerProduct }),
    foreign: (w) => [{ id: w.ids.otherProduct }],
    body: () => ({ criteria: ["made_in_district"], parts: { materials: 10 } }),
  },
  "GET /vendor/brand/products": { caller: "maker" },

  // ---- @rbv/delivery-rounds: coordinators
  "GET /admin/delivery-rounds/:id": { caller: "admin", params: (w) => ({ id: w.ids.anyRound }) },
  "GET /admin/delivery-rounds/:id/report": { caller: "admin", params: (w) => ({ id: w.ids.anyRound }) },
  "GET /admin/delivery-rounds/:id/report/csv": { caller: "admin", params: (w) => ({ id: w.ids.anyRound }) },
  "POST /admin/delivery-rounds/:id": { caller: "admin", params: (w) => ({ id: w.ids.openRound }), body: () => ({ max_drops: 40 }) },
  "POST /admin/delivery-rounds/:id/status": { caller: "admin", params: (w) => ({ id: w.ids.openRound }), body: () => ({ status: "closed" }) },
  "GET /admin/delivery-rounds": { caller: "admin" },
  "POST /admin/delivery-rounds": { caller: "admin", body: (w) => ({ ...round, zone_ids: [w.ids.zone] }) },
  "GET /admin/delivery-zones/:id": { caller: "admin", params: (w) => ({ id: w.ids.zone }) },
  "POST /admin/delivery-zones/:id": { caller: "admin", params: (w) => ({ id: w.ids.zone }), body: () => ({ name: "Zona prova" }) },
  "DELETE /admin/delivery-zones/:id": { caller: "admin", params: (w) => ({ id: w.ids.zone }) },
  "GET /admin/delivery-zones": { caller: "admin" },
  "POST /admin/delivery-zones": { caller: "admin", body: () => ({ name: "Zona prova", postal_codes: ["37129"] }) },
  "GET /admin/pickup-points/:id": { caller: "admin", params: (w) => ({ id: w.ids.pickupPoint }) },
  "POST /admin/pickup-points/:id": { caller: "admin", params: (w) => ({ id: w.ids.pickupPoint }), body: () => ({ name: "Punto rinominato" }) },
  "GET /admin/pickup-points": { caller: "admin" },
  "POST /admin/pickup-points": { caller: "admin", body: () => place },
  "POST /admin/round-templates/:id/generate": { caller: "admin", params: (w) => ({ id: w.ids.template }), body: () => ({ weeks: 1 }) },
  "GET /admin/round-templates": { caller: "admin" },
  "POST /admin/round-templates": {
    caller: "admin",
    body: (w) => ({ name: "Martedì", weekday: 2, start_time: "17:00", end_time: "19:00", cutoff_weekday: 1, cutoff_time: "12:00", max_drops: 10, zone_ids: [w.ids.zone] }),
  },
  "POST /admin/volunteers/:id": { caller: "admin", params: (w) => ({ id: w.ids.volunteer }), body: () => ({ name: "Nome nuovo" }) },
  "GET /admin/volunteers": { caller: "admin" },
  "POST /admin/volunteers": { caller: "admin", body: () => ({ name: "Nuova volontaria", email: "nuova@volontari.demo", role: "rider" }) },
  // ---- @rbv/delivery-rounds: volunteers
  "POST /logistics/invites/accept": { caller: "volunteerApplicant", body: () => ({ token: "0123456789abcdef0123" }) },
  "GET /logistics/me": { caller: "rider" },
  "POST /logistics/rounds/:id/plan": {
    caller: "rider",
    params: (w) => ({ id: w.ids.riderRound }),
    foreign: (w) => [{ id: w.ids.openRound }],
    body: (w) => ({ locks: [{ stop_id: w.ids.riderStop, position: 1 }] }),
    foreignBodies: (w) => [{ locks: [{ stop_id: w.ids.openRoundStop, position: 1 }] }],
  },
  "GET /logistics/rounds/:id": { caller: "rider", params: (w) => ({ id: w.ids.riderRound }), foreign: (w) => [{ id: w.ids.openRound }] },
  "POST /logistics/rounds/:id/start": { caller: "rider", params: (w) => ({ id: w.ids.riderRound }), foreign: (w) => [{ id: w.ids.openRound }], body: () => ({}) },
  "POST /logistics/rounds/:id/finish": { caller: "rider", params: (w) => ({ id: w.ids.riderRound }), foreign: (w) => [{ id: w.ids.openRound }], body: () => ({}) },
  "POST /logistics/rounds/:id/stops/:stop_id/complete": {
    caller: "rider",
    params: (w) => ({ id: w.ids.riderRound, stop_id: w.ids.riderStop }),
    foreign: (w) => [
      { id: w.ids.openRound, stop_id: w.ids.openRoundStop },
      { id: w.ids.riderRound, stop_id: w.ids.openRoundStop },
    ],
    body: () => ({ outcome: "delivered", note: "ok" }),
  },
  "GET /logistics/rounds": { caller: "rider" },
  // ---- @rbv/delivery-rounds: residents, makers
  "GET /store/delivery-rounds/orders/:order_id": {
    caller: "resident",
    params: (w) => ({ order_id: w.ids.residentOrder }),
    foreign: (w) => [{ order_id: w.ids.otherResidentOrder }, { order_id: w.ids.makerOrder }],
  },
  "POST /store/delivery-rounds/orders/:order_id/cancel": {
    caller: "resident",
    params: (w) => ({ order_id: w.ids.residentOrder }),
    foreign: (w) => [{ order_id: w.ids.otherResidentOrder }, { order_id: w.ids.makerOrder }],
    body: () => ({}),
  },
  "POST /store/account/password": { caller: "resident", body: () => ({ current_password: "buonvivere", new_password: "un'altra password" }), why: OWN_LOGIN },
  "POST /vendor/me/password": { caller: "maker", body: () => ({ current_password: "buonvivere", new_password: "un'altra password" }), why: OWN_LOGIN },
  "POST /logistics/me/password": { caller: "rider", body: () => ({ current_password: "buonvivere", new_password: "un'altra password" }), why: OWN_LOGIN },
  "GET /store/delivery-rounds/orders": { caller: "resident" },
  "GET /store/delivery-rounds": { caller: "guest", query: (w) => ({ cart_id: w.ids.ownCart }), why: CART_SECRET },
  "POST /store/delivery-rounds/carts/:id/complete": { caller: "guest", params: (w) => ({ id: w.ids.ownCart }), body: () => ({}), why: CART_SECRET },
  "POST /store/delivery-rounds/carts/:id/recheck-choice": { caller: "guest", params: (w) => ({ id: w.ids.ownCart }), body: () => ({}), why: CART_SECRET },
  "GET /store/delivery-rounds/products/:id": { caller: "guest", params: (w) => ({ id: w.ids.makerProduct }), why: "how many of a published product are left per round is public, as on its page" },
  "GET /vendor/delivery-rounds": { caller: "maker" },
  "GET /vendor/batch-limits": { caller: "maker" },
  "GET /vendor/round-minimum": { caller: "maker" },
  "POST /vendor/round-minimum": { caller: "maker", body: () => ({ amount: 30, below: "keep" }) },
  "POST /vendor/batch-limits": {
    caller: "maker",
    body: (w) => ({ name: "Pagnotte", quantity: 40, product_ids: [w.ids.makerProduct] }),
    foreignBodies: (w) => [{ name: "Pagnotte", quantity: 40, product_ids: [w.ids.otherProduct] }],
  },
  "POST /vendor/batch-limits/:id": {
    caller: "maker",
    params: (w) => ({ id: w.ids.makerBatchLimit }),
    foreign: (w) => [{ id: w.ids.otherMakerBatchLimit }],
    body: (w) => ({ quantity: 30, product_ids: [w.ids.makerProduct] }),
    foreignBodies: (w) => [{ product_ids: [w.ids.otherProduct] }],
  },
  "DELETE /vendor/batch-limits/:id": { caller: "maker", params: (w) => ({ id: w.ids.makerBatchLimit }), foreign: (w) => [{ id: w.ids.otherMakerBatchLimit }] },

  // ---- @rbv/mail: coordinators (the outbox kept when there is no SMTP server)
  "GET /admin/mail-outbox": { caller: "admin" },
  "GET /admin/mail-outbox/:id": { caller: "admin", params: () => ({ id: OUTBOX_ID }), why: OUTBOX_WHY },
  "GET /admin/mail-outbox/:id/files/:name": { caller: "admin", params: () => ({ id: OUTBOX_ID, name: "message.eml" }), why: OUTBOX_WHY },

  // ---- @rbv/vendors: coordinators
  "GET /admin/commission-policy": { caller: "admin" },
  "POST /admin/commission-policy": { caller: "admin", body: () => ({ default_rate_bps: 900 }) },
  "POST /admin/orders/:id/cash-collection": { caller: "admin", params: (w) => ({ id: w.ids.residentOrder }), body: () => ({ amount: 100 }) },
  "GET /admin/orders/:id/parts": { caller: "admin", params: (w) => ({ id: w.ids.residentOrder }) },
  "GET /admin/failed-deliveries": { caller: "admin" },
  "GET /admin/orders/:id/delivery": { caller: "admin", params: (w) => ({ id: w.ids.residentOrder }) },
  "POST /admin/orders/:id/delivery/hub-collection": { caller: "admin", params: (w) => ({ id: w.ids.residentOrder }), body: () => ({ amount: 100 }) },
  "POST /admin/orders/:id/delivery/reroute": { caller: "admin", params: (w) => ({ id: w.ids.residentOrder }), body: (w) => ({ round_id: w.ids.openRound }) },
  "GET /admin/orders/:id/vat": { caller: "admin", params: (w) => ({ id: w.ids.residentOrder }) },
  "GET /admin/payouts/bank-batches/:id/csv": { caller: "admin", params: (w) => ({ id: w.ids.wrongKind }) },
  "GET /admin/payouts/bank-batches": { caller: "admin" },
  "POST /admin/payouts/bank-batches": { caller: "admin", body: () => ({}) },
  "GET /admin/payouts": { caller: "admin" },
  "POST /admin/payouts/run": { caller: "admin", body: () => ({}) },
  "GET /admin/payouts/runs": { caller: "admin" },
  "POST /admin/vendor-orders/:id/cancel": { caller: "admin", params: (w) => ({ id: w.ids.makerOrder }), body: () => ({ reason: "Prova di annullamento" }) },
  "POST /admin/vendors/:id/:action": { caller: "admin", params: (w) => ({ id: w.ids.vendor, action: "suspend" }), body: () => ({ reason: "Prova" }) },
  "GET /admin/vendors/:id": { caller: "admin", params: (w) => ({ id: w.ids.vendor }) },
  "POST /admin/vendors/:id": { caller: "admin", params: (w) => ({ id: w.ids.vendor }), body: () => ({ commission_rate_bps: 500 }) },
  "GET /admin/vendors": { caller: "admin" },
  "POST /hooks/stripe/connect": { caller: "webhook", body: () => ({ id: "evt_1", type: "account.updated", data: { object: { id: "acct_1" } } }) },
  // ---- @rbv/vendors: the public
  "GET /store/orders/:id/weighing": {
    caller: "resident",
    params: (w) => ({ id: w.ids.residentOrder }),
    foreign: (w) => [{ id: w.ids.otherResidentOrder }, { id: w.ids.makerOrder }],
  },
  // ---- @rbv/delivery-rounds: a resident's weekly baskets (their own only)
  "GET /store/baskets": { caller: "resident" },
  "POST /store/baskets": { caller: "resident", body: (w) => ({ lines: [{ variant_id: w.ids.makerVariant, quantity: 1 }], cadence: "every_round" }) },
  "GET /store/baskets/:id": { caller: "resident", params: (w) => ({ id: w.ids.residentBasket }), foreign: (w) => [{ id: w.ids.otherResidentBasket }] },
  "POST /store/baskets/:id": { caller: "resident", params: (w) => ({ id: w.ids.residentBasket }), foreign: (w) => [{ id: w.ids.otherResidentBasket }], body: () => ({ status: "paused" }) },
  "DELETE /store/baskets/:id": { caller: "resident", params: (w) => ({ id: w.ids.residentBasket }), foreign: (w) => [{ id: w.ids.otherResidentBasket }] },
  "POST /store/baskets/:id/skips": {
    caller: "resident",
    params: (w) => ({ id: w.ids.residentBasket }),
    foreign: (w) => [{ id: w.ids.otherResidentBasket }],
    body: (w) => ({ round_id: w.ids.openRound }),
  },
  "POST /store/baskets/:id/card-setups": { caller: "resident", params: (w) => ({ id: w.ids.residentBasket }), foreign: (w) => [{ id: w.ids.otherResidentBasket }], body: () => ({}) },
  "GET /store/basket-placements/:id": { caller: "resident", params: () => ({ id: NO_PLACEMENT }), why: PLACEMENT_WHY },
  "POST /store/basket-placements/:id/confirm": { caller: "resident", params: () => ({ id: NO_PLACEMENT }), body: () => ({}), why: PLACEMENT_WHY },
  "GET /store/saved-cards": { caller: "resident" },
  "DELETE /store/saved-cards/:id": { caller: "resident", params: () => ({ id: NO_CARD }), why: CARD_WHY },
  "DELETE /store/baskets/:id/skips/:round_id": {
    caller: "resident",
    params: (w) => ({ id: w.ids.residentBasket, round_id: w.ids.openRound }),
    foreign: (w) => [{ id: w.ids.otherResidentBasket, round_id: w.ids.openRound }],
  },
  "GET /store/vendors/:handle": { caller: "guest", params: (w) => ({ handle: w.ids.makerHandle }) },
  "GET /store/vendors": { caller: "guest" },
  "GET /store/search": { caller: "guest", query: () => ({ q: "miele" }) },
  // ---- @rbv/vendors: makers
  "POST /vendor/applications": {
    caller: "applicant",
    body: () => ({ name: "Bottega di prova", handle: "bottega-prova", craft: "ceramica", address_1: "Via San Vitale 3", postal_code: "37129", first_name: "Anna", last_name: "Rossi" }),
  },
  "POST /vendor/invites/accept": { caller: "applicant", body: () => ({ token: "0123456789abcdef0123" }) },
  "POST /vendor/invites": { caller: "maker", body: () => ({ email: "nuovo@bottega.demo", role: "member" }) },
  "GET /vendor/me": { caller: "maker" },
  "POST /vendor/me": { caller: "maker", body: () => ({ story: "Una storia nuova" }) },
  "GET /vendor/members": { caller: "maker" },
  // The maker's own member id: the peer maker and every wrong caller must be refused (removing oneself is a 400 too).
  "DELETE /vendor/members/:id": { caller: "maker", params: (w) => ({ id: w.ids.makerMember }), foreign: (w) => [{ id: w.ids.otherMakerMember }] },
  "POST /vendor/orders/:id/cancel": { caller: "maker", params: (w) => ({ id: w.ids.makerOrder }), foreign: (w) => [{ id: w.ids.otherMakerOrder }, { id: w.ids.residentOrder }], body: () => ({ reason: "Forno guasto" }) },
  "POST /vendor/orders/:id/ready": { caller: "maker", params: (w) => ({ id: w.ids.makerOrder }), foreign: (w) => [{ id: w.ids.otherMakerOrder }, { id: w.ids.residentOrder }], body: () => ({}) },
  "POST /vendor/orders/:id/weights": {
    caller: "maker",
    params: (w) => ({ id: w.ids.makerOrder }),
    foreign: (w) => [{ id: w.ids.otherMakerOrder }, { id: w.ids.residentOrder }],
    body: () => ({ lines: [{ item_id: "item_none", grams: 1000 }] }),
  },
  "DELETE /vendor/orders/:id/ready": { caller: "maker", params: (w) => ({ id: w.ids.makerOrder }), foreign: (w) => [{ id: w.ids.otherMakerOrder }, { id: w.ids.residentOrder }] },
  "GET /vendor/orders/:id": { caller: "maker", params: (w) => ({ id: w.ids.makerOrder }), foreign: (w) => [{ id: w.ids.otherMakerOrder }, { id: w.ids.residentOrder }] },
  "GET /vendor/orders": { caller: "maker" },
  "POST /vendor/payouts/bank-details": { caller: "maker", body: () => ({ iban: "IT60X0542811101000000123456", account_holder: "Forno San Nazaro" }) },
  "GET /vendor/payouts": { caller: "maker" },
  "GET /vendor/products/:id": { caller: "maker", params: (w) => ({ id: w.ids.makerProduct }), foreign: (w) => [{ id: w.ids.otherProduct }] },
  "POST /vendor/products/:id": { caller: "maker", params: (w) => ({ id: w.ids.makerProduct }), foreign: (w) => [{ id: w.ids.otherProduct }], body: () => ({ title: "Pane nuovo" }) },
  "DELETE /vendor/products/:id": { caller: "maker", params: (w) => ({ id: w.ids.makerProduct }), foreign: (w) => [{ id: w.ids.otherProduct }] },
  "POST /vendor/products/:id/stock": {
    caller: "maker",
    params: (w) => ({ id: w.ids.makerProduct }),
    foreign: (w) => [{ id: w.ids.otherProduct }],
    body: (w) => ({ variant_id: w.ids.makerVariant, quantity: 5 }),
    foreignBodies: (w) => [{ variant_id: w.ids.otherVariant, quantity: 5 }],
  },
  "POST /vendor/products/:id/archive": { caller: "maker", params: (w) => ({ id: w.ids.makerProduct }), foreign: (w) => [{ id: w.ids.otherProduct }], body: () => ({}) },
  "POST /vendor/products/:id/restore": { caller: "maker", params: (w) => ({ id: w.ids.makerProduct }), foreign: (w) => [{ id: w.ids.otherProduct }], body: () => ({}) },
  "POST /vendor/products/:id/variants": {
    caller: "maker",
    params: (w) => ({ id: w.ids.makerProduct }),
    foreign: (w) => [{ id: w.ids.otherProduct }],
    body: () => ({ title: "Formato di prova", prices: [{ amount: 6, currency_code: "eur" }], stock: 2 }),
  },
  "POST /vendor/products/:id/variants/:variant_id": {
    caller: "maker",
    params: (w) => ({ id: w.ids.makerProduct, variant_id: w.ids.makerVariant }),
    foreign: (w) => [
      { id: w.ids.otherProduct, variant_id: w.ids.otherVariant },
      { id: w.ids.makerProduct, variant_id: w.ids.otherVariant },
    ],
    body: () => ({ title: "Nome nuovo", prices: [{ amount: 6, currency_code: "eur" }], stock: 2 }),
  },
  "DELETE /vendor/products/:id/variants/:variant_id": {
    caller: "maker",
    params: (w) => ({ id: w.ids.makerProduct, variant_id: w.ids.makerVariant }),
    foreign: (w) => [
      { id: w.ids.otherProduct, variant_id: w.ids.otherVariant },
      { id: w.ids.makerProduct, variant_id: w.ids.otherVariant },
    ],
  },
  "GET /vendor/products": { caller: "maker" },
  "GET /vendor/catalogue": { caller: "maker" },
  "POST /vendor/products": { caller: "maker", body: () => product },
  "GET /vendor/statement": { caller: "maker" },
  "GET /vendor/statement/csv": { caller: "maker" },
  "POST /vendor/stripe/onboarding": { caller: "maker", body: () => ({}) },
  "POST /vendor/uploads": { caller: "maker", multipart: true },
  // ---- @rbv/vendors: the file module's public files
  "GET /static/:key": { caller: "guest", params: (w) => ({ key: w.ids.storedFile }), why: "public files: a shop's pictures are everyone's to see" },
}
