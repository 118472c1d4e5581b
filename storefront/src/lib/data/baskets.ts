import "server-only"
import { authHeaders } from "../cookies"
import { contentHeaders } from "../i18n/content-locale"
import { getLocale } from "../i18n/server"
import { sdk } from "../medusa"
import { nullIfNotFound } from "../util/errors"

export type BasketCadence = "every_round" | "every_other_round" | "monthly"
export type BasketLine = {
  id: string
  variant_id: string
  quantity: number
  title: string | null
  product: { id: string; title: string; handle: string; thumbnail: string | null } | null
  available: boolean
  maker: string | null
  weighed: boolean
}
export type BasketRound = {
  id: string
  name: string | null
  starts_at: string
  ends_at: string
  cutoff_at: string
  editable_until: string
  due: boolean
  skipped: boolean
  goes: boolean
  can_skip: boolean
  can_unskip: boolean
}
export type BasketPlacementLine = { variant_id: string; title: string; quantity: number; reason?: string }
export type BasketHistory = {
  round_id: string
  round: { name: string | null; starts_at: string; ends_at: string } | null
  status: "awaiting_confirmation" | "placed" | "nothing_placed" | "failed"
  order: { id: string; display_id: number; total: number; currency_code: string } | null
  placed: BasketPlacementLine[]
  left_out: BasketPlacementLine[]
  placement_id: string
  can_confirm: boolean
}
/** The order the basket becomes in the next round it goes into (money in cents, at today's prices). */
export type BasketPendingOrder = {
  round: { id: string; name: string | null; starts_at: string; ends_at: string; cutoff_at: string }
  places_at: string
  lines: { variant_id: string; title: string | null; product_title: string | null; maker: string | null; quantity: number; unit_price: number | null; subtotal: number | null; weighed: boolean }[]
  makers: { name: string; subtotal: number }[]
  goods_total: number
  delivery_fee: number
  estimated_total: number
  currency_code: string | null
  estimate_only: boolean
  can_edit: boolean
  can_skip: boolean
}
export type SavedCard = { brand: string | null; last4: string | null; exp_month: number | null; exp_year: number | null }
export type Basket = {
  id: string
  status: "active" | "paused"
  cadence: BasketCadence
  delivery: "home" | "pickup"
  address: { first_name?: string; last_name?: string; address_1?: string; postal_code?: string; city?: string } | null
  pickup_point_id: string | null
  payment: "pay_on_delivery" | "saved_card"
  payment_method_id: string | null
  card: SavedCard | null
  can_use_saved_card: boolean
  lines: BasketLine[]
  next_rounds: BasketRound[]
  pending_order: BasketPendingOrder | null
  history: BasketHistory[]
  can_edit: boolean
  can_pause: boolean
  can_resume: boolean
}

/** The signed-in resident's weekly baskets, with the rounds each goes into (computed by the API), products named in the page's language. */
export async function listBaskets(): Promise<Basket[]> {
  const { baskets } = await sdk.client.fetch<{ baskets: Basket[] }>("/store/baskets", { headers: { ...(await authHeaders()), ...contentHeaders(await getLocale()) } })
  return baskets
}

export type BasketPlacement = {
  id: string
  basket_id: string
  status: BasketHistory["status"] | "placing"
  round: { id: string; name: string | null; starts_at: string; ends_at: string; cutoff_at: string } | null
  order_id: string | null
  placed: BasketPlacementLine[]
  left_out: BasketPlacementLine[]
  payment: { amount: number; currency_code: string; client_secret: string | null } | null
  payment_method_id: string | null
  card: SavedCard | null
  can_confirm: boolean
}

/** One placement of the resident's basket (their own: null otherwise), with what confirming its card payment needs. */
export async function retrieveBasketPlacement(id: string): Promise<BasketPlacement | null> {
  return nullIfNotFound(async () => {
    const { placement } = await sdk.client.fetch<{ placement: BasketPlacement }>(`/store/basket-placements/${encodeURIComponent(id)}`, { headers: await authHeaders() })
    return placement
  })
}

export type SavedCardEntry = SavedCard & { id: string; basket_ids: string[] }

/** The signed-in resident's saved cards (brand, last 4 digits, expiry) and the baskets each pays. */
export async function listSavedCards(): Promise<SavedCardEntry[]> {
  const { saved_cards } = await sdk.client.fetch<{ saved_cards: SavedCardEntry[] }>("/store/saved-cards", { headers: await authHeaders() })
  return saved_cards
}
