export type StockState = "available" | "low" | "out"

/** How many pieces left count as "ultimi pezzi". */
export const LOW_STOCK_THRESHOLD = 3

type StockFields = {
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_quantity?: number | null
}

export function stockState(variant: StockFields): StockState {
  if (variant.manage_inventory === false || variant.allow_backorder) return "available"
  const quantity = variant.inventory_quantity ?? 0
  if (quantity <= 0) return "out"
  if (quantity <= LOW_STOCK_THRESHOLD) return "low"
  return "available"
}
