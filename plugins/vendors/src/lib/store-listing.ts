type LinkedProduct = { id: string; status?: string | null } | null

/** The products a resident can buy from a maker: published ones only. */
export const publishedProductIds = (products: LinkedProduct[] | null | undefined): string[] =>
  (products ?? []).filter((p): p is NonNullable<LinkedProduct> => p?.status === "published").map((p) => p.id)

/** A maker is listed to residents once approved and with something to sell: an empty shop window helps no one. */
export const isListedOnStore = (vendor: { products?: LinkedProduct[] | null }) => publishedProductIds(vendor.products).length > 0
