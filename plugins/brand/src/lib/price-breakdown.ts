// "Prezzo trasparente": what a shelf price (VAT included, integer cents) is made of.
//
// Rounding rule, stated once: VAT is the price minus the net price rounded half up to the
// cent; each network share (contribution, solidarity fund, delivery) is a rate of the shelf
// price rounded half up to the cent, exactly as the commission ledger computes it; the
// artisan's part is what is left, so the parts always add up to the price to the cent.

export type BreakdownRates = {
  vat_bps: number // 2200 = 22%
  commission_bps: number
  fund_bps: number
  delivery_bps: number
}

export type ArtisanParts = { materials?: number; labour?: number; margin?: number }

export type BreakdownLine = {
  key: "materials" | "labour" | "margin" | "artisan" | "commission" | "fund" | "delivery" | "vat"
  amount: number
  by: "artisan" | "network" | "state"
}

export class BreakdownError extends Error {
  constructor(
    readonly field: string,
    message: string
  ) {
    super(`${field}: ${message}`)
  }
}

const share = (cents: number, bps: number) => Math.round((cents * bps) / 10_000)

function assertCents(field: string, value: number | undefined) {
  if (value === undefined) return
  if (!Number.isInteger(value) || value < 0) throw new BreakdownError(field, "must be a whole, non-negative number of cents")
}

export function priceBreakdown(price: number, rates: BreakdownRates, parts: ArtisanParts = {}): BreakdownLine[] {
  assertCents("price", price)
  for (const [field, bps] of Object.entries(rates)) {
    if (!Number.isInteger(bps) || bps < 0 || bps > 10_000) throw new BreakdownError(field, "must be between 0 and 10000 basis points")
  }
  for (const [field, value] of Object.entries(parts)) assertCents(field, value)

  const net = Math.round((price * 10_000) / (10_000 + rates.vat_bps))
  const vat = price - net
  const network = {
    commission: share(price, rates.commission_bps),
    fund: share(price, rates.fund_bps),
    delivery: share(price, rates.delivery_bps),
  }
  const artisan = net - network.commission - network.fund - network.delivery
  if (artisan < 0) throw new BreakdownError("price", "the network's shares and VAT exceed the price")

  const stated = (parts.materials ?? 0) + (parts.labour ?? 0)
  const artisanLines: BreakdownLine[] = []
  if (parts.materials === undefined && parts.labour === undefined && parts.margin === undefined) {
    artisanLines.push({ key: "artisan", amount: artisan, by: "artisan" })
  } else {
    const margin = artisan - stated
    if (margin < 0) throw new BreakdownError("parts", `materials and labour (${stated}) exceed the artisan's part of the price (${artisan})`)
    if (parts.margin !== undefined && parts.margin !== margin) {
      throw new BreakdownError("margin", `with this price and today's rates the margin is ${margin}, not ${parts.margin}`)
    }
    if (parts.materials !== undefined) artisanLines.push({ key: "materials", amount: parts.materials, by: "artisan" })
    if (parts.labour !== undefined) artisanLines.push({ key: "labour", amount: parts.labour, by: "artisan" })
    artisanLines.push({ key: "margin", amount: margin, by: "artisan" })
  }

  return [
    ...artisanLines,
    { key: "commission", amount: network.commission, by: "network" },
    { key: "fund", amount: network.fund, by: "network" },
    { key: "delivery", amount: network.delivery, by: "network" },
    { key: "vat", amount: vat, by: "state" },
  ]
}
