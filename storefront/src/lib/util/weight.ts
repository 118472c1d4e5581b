import type { Locale } from "../i18n/translate"
import { formatMoney } from "./money"

/**
 * A product sold by weight (the vendors plugin keeps it in the product's metadata, in cents and
 * grams): the shop sells a piece at the price of its estimated weight, the resident pays the real
 * weight, at most the estimate plus the tolerance.
 */
export type WeightPricing = { pricePerKg: number; unitGrams: number; tolerancePercent: number }

const count = (v: unknown) => (Number.isInteger(v) && (v as number) >= 0 ? (v as number) : null)

export function weightPricingOf(product: { metadata?: Record<string, unknown> | null } | null | undefined): WeightPricing | null {
  const wp = product?.metadata?.weight_pricing as Record<string, unknown> | null | undefined
  const ppk = count(wp?.price_per_kg)
  const grams = count(wp?.unit_grams)
  const tolerance = count(wp?.tolerance_percent)
  if (!ppk || !grams || tolerance === null) return null
  return { pricePerKg: ppk / 100, unitGrams: grams, tolerancePercent: tolerance }
}

/** `350 g`, `1 kg`, `1,5 kg` (in English `1.5 kg`). */
export function formatGrams(grams: number, locale: Locale): string {
  if (grams < 1000) return `${grams} g`
  return `${new Intl.NumberFormat(locale === "en" ? "en-GB" : "it-IT", { maximumFractionDigits: 3 }).format(grams / 1000)} kg`
}

/** What the product page and cards say about a weighed product, formatted. */
export function weighedLabels(wp: WeightPricing, estimate: number, currencyCode: string, locale: Locale) {
  const cap = estimate + Math.ceil(Math.round(estimate * 100) * wp.tolerancePercent / 100) / 100
  return {
    perKg: formatMoney(wp.pricePerKg, currencyCode, locale),
    unit: formatGrams(wp.unitGrams, locale),
    tolerance: wp.tolerancePercent,
    max: formatMoney(cap, currencyCode, locale),
  }
}

type WeighedLine = { product?: { metadata?: Record<string, unknown> | null } | null; metadata?: Record<string, unknown> | null; total?: number | null }

/** The real grams a maker entered for an order line (null until weighed, and for lines sold by the piece). */
export function weighedGrams(line: WeighedLine): number | null {
  const grams = line.metadata?.weighed_grams
  return Number.isInteger(grams) ? (grams as number) : null
}

/**
 * Lines sold by weight still to weigh, and the most their total can become: the estimate plus
 * each line's tolerance (what a card authorises; what the resident agreed to pay at most).
 */
export function weighedSummary(lines: WeighedLine[] | null | undefined, total: number) {
  const weighed = (lines ?? []).filter((l) => weightPricingOf(l.product))
  const pending = weighed.filter((l) => weighedGrams(l) === null)
  const tolerance = pending.reduce((sum, l) => sum + Math.ceil((Math.round((l.total ?? 0) * 100) * weightPricingOf(l.product)!.tolerancePercent) / 100), 0)
  return { any: weighed.length > 0, pending: pending.length, max: (Math.round(total * 100) + tolerance) / 100 }
}
