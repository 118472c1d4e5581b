/** `?marchio=1` on a listing keeps only the products that carry the brand mark. */
export function wantsBrandOnly(value: string | string[] | undefined): boolean {
  return (Array.isArray(value) ? value[0] : value) === "1"
}

export function onlyBrandProducts<T extends { id: string }>(products: T[], brandIds: string[]): T[] {
  const ids = new Set(brandIds)
  return products.filter((p) => ids.has(p.id))
}

/**
 * The few products the brand page shows (the rest are a click away, by category): those the
 * coordinators feature first, then the listing's order.
 */
export function brandSelection<T extends { metadata?: Record<string, unknown> | null }>(products: T[], size: number): T[] {
  const featured = products.filter((p) => p.metadata?.featured === true)
  return [...featured, ...products.filter((p) => p.metadata?.featured !== true)].slice(0, size)
}

export type CategoryCount = { handle: string; name: string; count: number }

/** How many of these products each category holds, by the category's name. */
export function countByCategory(products: { categories?: { handle: string; name: string }[] | null }[], compare: (a: string, b: string) => number): CategoryCount[] {
  const counts = new Map<string, CategoryCount>()
  for (const category of products.flatMap((p) => p.categories ?? [])) {
    const seen = counts.get(category.handle)
    counts.set(category.handle, { handle: category.handle, name: category.name, count: (seen?.count ?? 0) + 1 })
  }
  return [...counts.values()].sort((a, b) => compare(a.name, b.name))
}
