// The JSON the product read model holds (models/product-brand.ts, models/price-breakdown.ts).
export type Breakdown = { price: number; lines: unknown[]; rates: Record<string, number> }
export type BrandMarkCriterion = { key: string; title: string }
// A product's maker: the vendors plugin's shop, as store product responses name it (`vendor`).
export type Maker = { id: string; handle: string; name: string }
// A variant's breakdown as the price_breakdown rows hold it.
export type PriceBreakdownRow = Breakdown & { id: string; product_id: string }
// Each variant of a product by id: its breakdown, null when it has none (no price in the shop's region).
export type VariantBreakdowns = Record<string, Breakdown | null>
