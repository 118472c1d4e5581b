// The JSON the product read model holds (models/product-brand.ts, models/price-breakdown.ts).
export type Breakdown = { price: number; lines: unknown[]; rates: Record<string, number> }
export type BrandMarkCriterion = { key: string; title: string }
