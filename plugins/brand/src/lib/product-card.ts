import type { ProductBrandRow } from "../modules/brand/service"

/**
 * The product's metadata key under which the brand plugin keeps what a product card shows of the
 * brand: its maker's handle and name and whether it carries the mark. A list of cards then reads
 * them with the product itself (`fields=metadata`), without the `brand` link's Query stage: that
 * stage cost the store list ~1.4 ms of server CPU and a statement per request (session 18), the
 * difference between the list and a plain Medusa's. The product_brand row stays the source; this
 * is a copy of part of it, written by refresh-product-brands whenever the row is.
 */
export const PRODUCT_CARD_KEY = "rbv_brand_card"

/**
 * Only values already public: a maker's handle and name are on its shop page (`/store/vendors`),
 * the mark on `/store/brand/products`. Metadata goes to every store caller, so nothing else
 * (no vendor id, rates, claims or certification details).
 */
export type ProductCardCopy = { maker: { handle: string; name: string } | null; certified: boolean }

export function cardCopyOf(row: Pick<ProductBrandRow, "maker" | "certified">): ProductCardCopy {
  return { maker: row.maker ? { handle: row.maker.handle, name: row.maker.name } : null, certified: row.certified }
}

/** The copy a product's metadata holds now, or null when it has none (or not in this shape). */
export function storedCardCopy(metadata: Record<string, unknown> | null | undefined): ProductCardCopy | null {
  const value = metadata?.[PRODUCT_CARD_KEY] as ProductCardCopy | undefined
  return value && typeof value === "object" && typeof value.certified === "boolean" ? value : null
}

/** Same values (key order aside): a refresh that changes nothing writes nothing, so its product.updated cannot loop. */
export function sameCardCopy(a: ProductCardCopy | null, b: ProductCardCopy | null): boolean {
  if (!a || !b) return a === b
  return a.certified === b.certified && (a.maker?.handle ?? null) === (b.maker?.handle ?? null) && (a.maker?.name ?? null) === (b.maker?.name ?? null)
}
