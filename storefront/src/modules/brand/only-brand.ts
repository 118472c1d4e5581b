/** `?marchio=1` on a listing keeps only the products that carry the brand mark. */
export function wantsBrandOnly(value: string | string[] | undefined): boolean {
  return (Array.isArray(value) ? value[0] : value) === "1"
}

export function onlyBrandProducts<T extends { id: string }>(products: T[], brandIds: string[]): T[] {
  const ids = new Set(brandIds)
  return products.filter((p) => ids.has(p.id))
}
