/**
 * A product's maker, as the store API sends it: `product.brand.maker` (the brand plugin's read
 * model, joined with the product in one statement) or `product.vendor` (the vendor link, two).
 */
export type Maker = { id?: string; handle: string; name: string }

/**
 * The product fields `makerOf` reads: what a store product query names to get its maker — the
 * read model's copy, and `-vendor` so that the vendors plugin does not join the link as well.
 */
export const MAKER_FIELDS = ["brand.maker", "-vendor"]

export const UNKNOWN_MAKER: Maker = { handle: "", name: "" }

/** Any product-like object: the store API adds `brand.maker` and `vendor` to products, which the SDK types do not know. */
type WithVendor = object | null | undefined

/** The shop as residents see it: `GET /store/vendors` and `GET /store/vendors/:handle`. */
export type StoreVendor = {
  id: string
  handle: string
  name: string
  craft: string | null
  story: string | null
  logo_url: string | null
  address_1: string | null
  postal_code: string | null
  city: string | null
  lat: number | null
  lng: number | null
  closure_from: string | null
  closure_to: string | null
  closure_note: string | null
}

export function makerOf(product: WithVendor): Maker {
  const p = product as { vendor?: Partial<Maker> | null; brand?: { maker?: Partial<Maker> | null } | null } | null | undefined
  const vendor = p?.brand?.maker ?? p?.vendor
  const handle = typeof vendor?.handle === "string" ? vendor.handle : ""
  const name = typeof vendor?.name === "string" ? vendor.name : ""
  if (!handle && !name) return UNKNOWN_MAKER
  return { ...(vendor?.id ? { id: vendor.id } : {}), handle: handle || name, name: name || handle }
}

/**
 * The product's metadata key where the brand plugin keeps a copy of what a card shows of the brand
 * (its maker and the mark), rewritten whenever those change: a list of cards reads it with the
 * product itself instead of joining `brand` (one Query stage less per list).
 */
const CARD_COPY_KEY = "rbv_brand_card"

/**
 * The product fields `cardOf` reads: the copy in `metadata`, and none of the links the plugins join
 * by default (`vendor`, `brand`, and the variants' `price_breakdown`, which `-brand` alone leaves in:
 * that one list measured 36.5 ms of server CPU per request against 27.5 with the brand fields).
 */
export const CARD_COPY_FIELDS = ["metadata", "-vendor", "-brand", "-variants.price_breakdown"]

export type CardBrand = { maker: Maker; certified: boolean }

/**
 * A product card's maker and mark: the brand plugin's copy in the product's metadata, or (a product
 * the plugin has not written yet, or one read with its `brand`/`vendor` fields) what makerOf and
 * `brand.certified` say.
 */
export function cardOf(product: WithVendor): CardBrand {
  const p = product as { metadata?: Record<string, unknown> | null; brand?: { certified?: boolean } | null } | null | undefined
  const copy = p?.metadata?.[CARD_COPY_KEY] as { maker?: Partial<Maker> | null; certified?: unknown } | undefined
  if (copy && typeof copy === "object" && typeof copy.certified === "boolean") {
    return { maker: copy.maker ? makerOf({ vendor: copy.maker }) : UNKNOWN_MAKER, certified: copy.certified }
  }
  return { maker: makerOf(product), certified: Boolean(p?.brand?.certified) }
}

export type MakerGroup<T> = { maker: Maker; items: T[] }

/**
 * Groups cart lines by maker, keeping the order in which makers first appear; lines without
 * a maker go last in one group with an empty handle.
 */
export function groupByMaker<T>(items: T[], productOf: (item: T) => WithVendor): MakerGroup<T>[] {
  const groups = new Map<string, MakerGroup<T>>()
  for (const item of items) {
    const maker = makerOf(productOf(item))
    const group = groups.get(maker.handle)
    if (group) group.items.push(item)
    else groups.set(maker.handle, { maker, items: [item] })
  }
  const result = [...groups.values()]
  return [...result.filter((g) => g.maker.handle), ...result.filter((g) => !g.maker.handle)]
}

/** The calendar day (YYYY-MM-DD) of a date in Rome, the district's time zone. */
export function romeDay(value: string | Date): string {
  const date = typeof value === "string" ? new Date(value) : value
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Rome", year: "numeric", month: "2-digit", day: "2-digit" }).format(date)
}

export type Closure = { until: string; note: string | null }

/**
 * The holiday closure in force on `today` (days compared in Rome time, both ends included),
 * or null when the shop is open. A closure with no end date is not shown.
 */
export function closureOn(
  vendor: Pick<StoreVendor, "closure_from" | "closure_to" | "closure_note">,
  today: Date = new Date()
): Closure | null {
  if (!vendor.closure_to) return null
  const day = romeDay(today)
  const from = vendor.closure_from ? romeDay(vendor.closure_from) : day
  const to = romeDay(vendor.closure_to)
  if (day < from || day > to) return null
  return { until: vendor.closure_to, note: vendor.closure_note?.trim() || null }
}

/** An OpenStreetMap link for a point (no tiles needed on our side). */
export function osmLink(lat: number | null | undefined, lng: number | null | undefined): string | null {
  if (typeof lat !== "number" || typeof lng !== "number" || !Number.isFinite(lat) || !Number.isFinite(lng)) return null
  const la = lat.toFixed(5)
  const lo = lng.toFixed(5)
  return `https://www.openstreetmap.org/?mlat=${la}&mlon=${lo}#map=18/${la}/${lo}`
}
