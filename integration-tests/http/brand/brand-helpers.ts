// Reading the brand's answers in HTTP specs.
type Line = { key: string; amount: number; by: string }

/** The parts of a product's price breakdown, added up. */
export const breakdownSum = (breakdown: { lines: Line[] }) => breakdown.lines.reduce((sum, l) => sum + l.amount, 0)


/** a × b / c rounded half up to the cent, in exact integer arithmetic (a check independent of the plugin's floating point). */
export const halfUp = (a: number, b: number, c: number) => Number((2n * BigInt(a) * BigInt(b) + BigInt(c)) / (2n * BigInt(c)))

/**
 * What a price (VAT included, cents) is made of at these rates, by the rule stated to residents: VAT is the price
 * less the net price rounded half up; each network share a rate of the price rounded half up; the artisan the rest.
 */
export function expectedShares(price: number, rates: { vat_bps: number; commission_bps: number; fund_bps: number; delivery_bps: number }) {
  const vat = price - halfUp(price, 10_000, 10_000 + rates.vat_bps)
  const network = { commission: halfUp(price, rates.commission_bps, 10_000), fund: halfUp(price, rates.fund_bps, 10_000), delivery: halfUp(price, rates.delivery_bps, 10_000) }
  return { ...network, vat, artisan: price - vat - network.commission - network.fund - network.delivery }
}

/** The same, read from a breakdown's lines (the artisan's stated parts added up). */
export const sharesOf = (breakdown: { lines: Line[] }) => {
  const of = (key: string) => breakdown.lines.find((l) => l.key === key)?.amount
  const artisan = breakdown.lines.filter((l) => l.by === "artisan").reduce((sum, l) => sum + l.amount, 0)
  return { commission: of("commission"), fund: of("fund"), delivery: of("delivery"), vat: of("vat"), artisan }
}

type Api = { get: (url: string, config?: any) => Promise<{ data: any }> }

/**
 * What product cards show of the brand, read two ways in one response: the brand plugin's copy in
 * each product's metadata (`rbv_brand_card`, which the shop's cards read) and the links it is a copy
 * of (the maker from `vendor`, the mark from `brand.certified`). Equal when the copy is current.
 */
export async function cardCopiesAndLinks(api: Api, store: unknown, ids?: string[]) {
  const which = ids ? `${ids.map((id) => `id[]=${id}`).join("&")}&limit=${ids.length}` : "limit=200"
  const { data } = await api.get(`/store/products?${which}&fields=id,metadata,vendor.handle,vendor.name,brand.certified`, store)
  return {
    copies: data.products.map((p: any) => ({ id: p.id, ...p.metadata?.rbv_brand_card })),
    links: data.products.map((p: any) => ({ id: p.id, maker: p.vendor ? { handle: p.vendor.handle, name: p.vendor.name } : null, certified: p.brand.certified })),
  }
}

/** cardCopiesAndLinks, once the copies agree (a change made through an event is copied by its subscriber), or the last reading. */
export async function cardCopiesSettled(api: Api, store: unknown, ids: string[], timeoutMs = 20_000) {
  const end = Date.now() + timeoutMs
  for (;;) {
    const read = await cardCopiesAndLinks(api, store, ids)
    // (PostgreSQL's jsonb keeps keys in its own order: compared as the links name them)
    const canonical = (c: any) => JSON.stringify({ id: c.id, maker: c.maker && { handle: c.maker.handle, name: c.maker.name }, certified: c.certified })
    if (read.copies.map(canonical).join() === read.links.map(canonical).join() || Date.now() > end) return read
    await new Promise((r) => setTimeout(r, 200))
  }
}
