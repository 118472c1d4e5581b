import "server-only"
import { redirect } from "next/navigation"
import { cache } from "react"
import { getVendorToken, vendorAuthHeaders } from "../cookies"
import { sdk } from "../medusa"
import { nullIfNotFound } from "../util/errors"
import { NO_LOGIN, readLogin, type LoginState } from "./login-state"

/** What La mia bottega reads from the `/vendor/*` API, on behalf of the signed-in artisan. */

export type VendorStatus = "pending" | "approved" | "rejected" | "suspended"

export type VendorProfile = {
  id: string
  handle: string
  name: string
  status: VendorStatus
  status_reason?: string | null
  craft?: string | null
  story?: string | null
  /** the story in English (Medusa's Translation Module); null: the shop shows the Italian */
  story_en?: string | null
  phone?: string | null
  logo_url?: string | null
  address_1?: string | null
  postal_code?: string | null
  city?: string | null
  lat?: number | null
  lng?: number | null
  closure_from?: string | null
  closure_to?: string | null
  closure_note?: string | null
  /** the language of the shop's e-mails */
  mail_locale?: "it" | "en"
  commission_rate_in_force_bps?: number | null
}

export type VendorMember = {
  id: string
  email: string
  role: "owner" | "member"
  first_name: string | null
  last_name: string | null
}

export type VendorSession = { vendor: VendorProfile; member: VendorMember }

export type VendorProductVariant = {
  id: string
  title: string
  /** The maker's English name of the size (null: residents reading English see the Italian). */
  title_en?: string | null
  sku: string | null
  prices?: { amount: number; currency_code: string }[]
  inventory_items?: { inventory?: { location_levels?: { stocked_quantity?: number; reserved_quantity?: number }[] } }[]
  can_remove?: boolean
}

/** One price change of a variant, amounts in cents; who changed it is a member of the shop. */
export type VendorPriceChange = {
  id: string
  variant_id: string
  variant_title: string
  currency_code: string
  previous_amount: number
  amount: number
  created_at: string
  member: { id: string; first_name: string | null; last_name: string | null; email: string }
}

export type VendorProduct = {
  id: string
  title: string
  subtitle?: string | null
  description?: string | null
  /** The maker's English texts (null: residents reading English see the Italian). */
  title_en?: string | null
  subtitle_en?: string | null
  description_en?: string | null
  handle?: string
  status: "draft" | "published" | "proposed" | "rejected"
  thumbnail: string | null
  images?: { url: string }[]
  categories?: { id: string; name: string; handle: string }[]
  vat_class_id?: string | null
  archived_at?: string | null
  can_delete?: boolean
  /** Exactly one size: the weight is the size. */
  can_sell_by_weight?: boolean
  /** Sold by weight: price per kg in euro, estimated grams of a piece, tolerance in %; null when sold by the piece. */
  weight_pricing?: { price_per_kg: number; unit_grams: number; tolerance_percent: number } | null
  variants: VendorProductVariant[]
  price_changes?: VendorPriceChange[]
}

/** The network's categories and VAT classes, as the API lists them for makers. */
export type VendorCatalogue = {
  categories: { id: string; name: string; handle: string; parent_category_id: string | null; suggested_vat_class_id: string | null }[]
  vat_classes: { id: string; name: string; rate: number | null; code: string | null }[]
}

export type OrderStage = "to_prepare" | "ready" | "gone" | "cancelled"

/** A maker's part of a resident's order, as /vendor/orders gives it: no contact, no id of the resident's order. */
export type VendorOrder = {
  id: string
  display_id: number
  order_number: number | null
  customer_name: string
  delivery_slot: string | null
  status: string
  created_at: string
  ready_at: string | null
  handed_over_at: string | null
  delivered: boolean
  /** Which of the maker's lists the part belongs to (the API decides). */
  stage: OrderStage
  can_mark_ready: boolean
  can_unready: boolean
  /** Until its goods leave the workshop the maker can still cancel its part (the API decides). */
  can_cancel: boolean
  currency_code?: string
  items: { id?: string; title: string; variant_title: string | null; quantity: number; unit_price: number; total: number }[]
  item_total: number
}

export type VendorInvite = { id: string; email: string; role: "owner" | "member"; expires_at: string | null }

export type StatementLine = { order_id: string; order_number: number | null; kind: "sale" | "reversal"; gross: number; rate_bps: number; commission: number; net: number; created_at: string }
export type Statement = { orders: number; totals: { gross: number; commission: number; net: number }; lines: StatementLine[] }

export async function vendorFetch<T>(path: string, query?: Record<string, string>): Promise<T> {
  return sdk.client.fetch<T>(path, { headers: await vendorAuthHeaders(), ...(query ? { query } : {}) })
}

/** The artisan's login in this browser (once per request). */
export const vendorLogin = cache(async (): Promise<LoginState<VendorSession>> => {
  if (!(await getVendorToken())) return NO_LOGIN
  return readLogin(() => vendorFetch<VendorSession>("/vendor/me"))
})

/**
 * The signed-in artisan and their shop, or null when nobody is signed in, the login expired or
 * it does not belong to a shop yet.
 */
export const retrieveVendorSession = async (): Promise<VendorSession | null> => (await vendorLogin()).value

/**
 * For pages of an approved shop: anyone else goes back to /bottega, which shows the login
 * form or the application's status.
 */
export async function requireApprovedVendor(): Promise<VendorSession> {
  const session = await retrieveVendorSession()
  if (!session || session.vendor.status !== "approved") redirect("/bottega")
  return session
}

/** The shop's products on the shelf (drafts included), or the archived ones, alphabetically. */
export async function listVendorProducts({ archived = false }: { archived?: boolean } = {}): Promise<VendorProduct[]> {
  const { products } = await vendorFetch<{ products: VendorProduct[]; count: number }>("/vendor/products", { archived: String(archived) })
  return [...products].sort((a, b) => a.title.localeCompare(b.title, "it"))
}

export async function retrieveVendorCatalogue(): Promise<VendorCatalogue> {
  return vendorFetch<VendorCatalogue>("/vendor/catalogue")
}

export async function retrieveVendorProduct(id: string): Promise<VendorProduct | null> {
  return nullIfNotFound(async () => (await vendorFetch<{ product: VendorProduct }>(`/vendor/products/${encodeURIComponent(id)}`)).product)
}

/** The maker's parts in the lists asked for (`count` of them in all), newest or oldest first, and how many each list holds. */
export type VendorOrderList = { orders: VendorOrder[]; count: number; counts: Record<OrderStage, number> }

export async function listVendorOrders(stages: OrderStage[], limit: number, order: "newest" | "oldest" = "newest"): Promise<VendorOrderList> {
  return vendorFetch<VendorOrderList>("/vendor/orders", { stage: stages.join(","), limit: String(limit), order: order === "oldest" ? "created_at" : "-created_at" })
}

export async function listVendorMembers(): Promise<{ members: VendorMember[]; invites: VendorInvite[] }> {
  return vendorFetch<{ members: VendorMember[]; invites: VendorInvite[] }>("/vendor/members")
}

/** The same statement as CSV text (`GET /vendor/statement/csv`). */
export async function retrieveStatementCsv(range: { from?: string; to?: string }): Promise<string> {
  const query = Object.fromEntries(Object.entries(range).filter(([, v]) => v)) as Record<string, string>
  // Asking for text/csv, the SDK hands back the raw response.
  const res = await sdk.client.fetch<Response>("/vendor/statement/csv", { headers: { ...(await vendorAuthHeaders()), accept: "text/csv" }, query })
  return res.text()
}

export async function retrieveStatement(range: { from?: string; to?: string }): Promise<Statement> {
  const query: Record<string, string> = {}
  if (range.from) query.from = range.from
  if (range.to) query.to = range.to
  const { statement } = await vendorFetch<{ statement: Statement }>("/vendor/statement", query)
  return statement
}
