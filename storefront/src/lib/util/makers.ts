/**
 * Until the vendors plugin serves `/store/vendors`, a product's maker comes from its metadata
 * (`maker_handle`, `maker_name`).
 */
export type Maker = { handle: string; name: string }

export const UNKNOWN_MAKER: Maker = { handle: "", name: "" }

type WithMetadata = { metadata?: Record<string, unknown> | null } | null | undefined

export function makerOf(product: WithMetadata): Maker {
  const metadata = product?.metadata ?? {}
  const handle = typeof metadata.maker_handle === "string" ? metadata.maker_handle : ""
  const name = typeof metadata.maker_name === "string" ? metadata.maker_name : ""
  if (!handle && !name) return UNKNOWN_MAKER
  return { handle: handle || name, name: name || handle }
}

export type MakerGroup<T> = { maker: Maker; items: T[] }

/**
 * Groups cart lines by maker, keeping the order in which makers first appear; lines without
 * a maker go last in one group with an empty handle.
 */
export function groupByMaker<T>(items: T[], productOf: (item: T) => WithMetadata): MakerGroup<T>[] {
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

/** The makers of a product list with how many products each one offers, alphabetical. */
export function listMakers(products: WithMetadata[]): (Maker & { productCount: number })[] {
  const makers = new Map<string, Maker & { productCount: number }>()
  for (const product of products) {
    const maker = makerOf(product)
    if (!maker.handle) continue
    const entry = makers.get(maker.handle)
    if (entry) entry.productCount += 1
    else makers.set(maker.handle, { ...maker, productCount: 1 })
  }
  return [...makers.values()].sort((a, b) => a.name.localeCompare(b.name, "it"))
}
