/** Pure helpers for La mia bottega (the artisans' area). */

/**
 * A price typed by an artisan, in euro: `4,50`, `4.50`, `4` or `1.250,00`. Returns the amount
 * as a number with at most two decimals, or null when it is not a valid, non-negative price.
 */
export function parseEuro(input: string): number | null {
  let value = input.trim().replace(/\s|€/g, "")
  if (!value) return null
  if (value.includes(",")) value = value.replace(/\./g, "").replace(",", ".")
  if (!/^\d+(\.\d{1,2})?$/.test(value)) return null
  const amount = Number(value)
  return Number.isFinite(amount) && amount <= 100_000 ? Math.round(amount * 100) / 100 : null
}

/** An amount for an input field, Italian style: 4.5 → "4,50". */
export function euroInput(amount: number | null | undefined): string {
  return typeof amount === "number" ? amount.toFixed(2).replace(".", ",") : ""
}

type LocationLevel = { stocked_quantity?: number | null; reserved_quantity?: number | null }
type StockVariant = { inventory_items?: { inventory?: { location_levels?: LocationLevel[] | null } | null }[] | null }

/** Pieces on the shelf (stocked) and already promised to orders (reserved), over all locations. */
export function variantStock(variant: StockVariant): { stocked: number; reserved: number; available: number } {
  let stocked = 0
  let reserved = 0
  for (const item of variant.inventory_items ?? []) {
    for (const level of item.inventory?.location_levels ?? []) {
      stocked += level.stocked_quantity ?? 0
      reserved += level.reserved_quantity ?? 0
    }
  }
  return { stocked, reserved, available: Math.max(0, stocked - reserved) }
}

/** Integer cents (the statement's unit) → euro for `formatMoney`. */
export function centsToEuro(cents: number | null | undefined): number {
  return (cents ?? 0) / 100
}

/** Basis points → a percentage for people: 1000 → "10", 750 → "7,5" (Italian) / "7.5". */
export function bpsToPercent(bps: number | null | undefined, decimalSeparator = ","): string {
  const percent = (bps ?? 0) / 100
  return String(Math.round(percent * 100) / 100).replace(".", decimalSeparator)
}

/** A shop name → a suggested web address: "Forno San Nazaro" → "forno-san-nazaro". */
export function toHandle(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "")
}
