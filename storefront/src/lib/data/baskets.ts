import "server-only"
import { authHeaders } from "../cookies"
import { sdk } from "../medusa"

export type BasketCadence = "every_round" | "every_other_round" | "monthly"
export type BasketLine = {
  id: string
  variant_id: string
  quantity: number
  title: string | null
  product: { id: string; title: string; handle: string; thumbnail: string | null } | null
  available: boolean
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
  status: "placed" | "nothing_placed" | "failed"
  order: { id: string; display_id: number; total: number; currency_code: string } | null
  placed: BasketPlacementLine[]
  left_out: BasketPlacementLine[]
}
export type Basket = {
  id: string
  status: "active" | "paused"
  cadence: BasketCadence
  delivery: "home" | "pickup"
  address: { first_name?: string; last_name?: string; address_1?: string; postal_code?: string; city?: string } | null
  pickup_point_id: string | null
  lines: BasketLine[]
  next_rounds: BasketRound[]
  history: BasketHistory[]
  can_edit: boolean
  can_pause: boolean
  can_resume: boolean
}

/** The signed-in resident's weekly baskets, with the rounds each goes into (computed by the API). */
export async function listBaskets(): Promise<Basket[]> {
  const { baskets } = await sdk.client.fetch<{ baskets: Basket[] }>("/store/baskets", { headers: await authHeaders() })
  return baskets
}
