import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, QueryContext } from "@medusajs/framework/utils"
import { makersInstalled } from "@rbv/kit"
import { BRAND_MODULE } from "../modules/brand"
import type BrandModuleService from "../modules/brand/service"
import type { Maker, ProductBrandsState, VariantBreakdowns } from "../modules/brand/service"
import { BreakdownError, priceBreakdown, type ArtisanParts, type BreakdownLine, type BreakdownRates } from "./price-breakdown"

// The rates in force, read when a breakdown is computed (a cart's, a claim's check, the product read model): the network contribution from the vendors plugin's
// commission policy (the shop's own rate when it has one) through Query, the fund share from
// this plugin's fund policy, VAT from the tax rate of the product's type (the region's default
// otherwise), and the delivery contribution from configuration.
export const DELIVERY_CONTRIBUTION_BPS = Number(process.env.RBV_DELIVERY_CONTRIBUTION_BPS ?? 200)
export const FALLBACK_COMMISSION_BPS = 1000
export const FALLBACK_VAT_BPS = 2200

export type ProductBrand = {
  vendor_id: string | null
  maker: Maker | null
  certified: boolean
  criteria: { key: string; title: string }[]
  rates: BreakdownRates
  parts: ArtisanParts | null
}

const pctToBps = (rate: unknown) => Math.round(Number(rate) * 100)

export async function brandOfProducts(container: MedusaContainer, productIds: string[], now = new Date()): Promise<Map<string, ProductBrand>> {
  const result = new Map<string, ProductBrand>()
  if (!productIds.length) return result
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const service: BrandModuleService = container.resolve(BRAND_MODULE)

  // Without @rbv/vendors no product has a maker: no network contribution, no mark (only makers are certified).
  const makers = makersInstalled(container)
  const none = Promise.resolve({ data: [] as any[] })
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "type_id", ...(makers ? ["vendor.id", "vendor.handle", "vendor.name"] : [])], filters: { id: productIds } })
  const vendorIds = [...new Set(products.map((p: any) => p.vendor?.id).filter(Boolean))] as string[]
  const [{ data: vendors }, { data: policies }, { data: taxRates }, claims, certified, charter, fundBps] = await Promise.all([
    vendorIds.length ? query.graph({ entity: "vendor", fields: ["id", "commission_rate_bps"], filters: { id: vendorIds } }) : none,
    makers ? query.graph({ entity: "commission_policy", fields: ["default_rate_bps"] }) : none,
    query.graph({ entity: "tax_rate", fields: ["rate", "is_default", "rules.reference_id"] }),
    service.listProductClaims({ product_id: productIds }),
    service.certifiedVendorIds(now),
    service.currentCharter(),
    service.fundShareBps(),
  ])
  const defaultCommission = (policies[0] as any)?.default_rate_bps ?? FALLBACK_COMMISSION_BPS
  const commissionOf = new Map(vendors.map((v: any) => [v.id, v.commission_rate_bps ?? defaultCommission]))
  const defaultVat = taxRates.find((r: any) => r.is_default)
  const vatOfType = new Map<string, number>()
  for (const rate of taxRates as any[]) for (const rule of rate.rules ?? []) vatOfType.set(rule.reference_id, pctToBps(rate.rate))
  const claimOf = new Map(claims.map((c) => [c.product_id, c]))
  const titles = new Map((charter?.criteria ?? []).map((c) => [c.key, c.title]))

  for (const product of products as any[]) {
    const vendorId: string | null = product.vendor?.id ?? null
    const claim = claimOf.get(product.id)
    const criteria = ((claim?.criteria ?? []) as string[]).filter((k) => titles.has(k)).map((key) => ({ key, title: titles.get(key)! }))
    const parts = claim && (claim.materials !== null || claim.labour !== null || claim.margin !== null)
      ? { materials: claim.materials ?? undefined, labour: claim.labour ?? undefined }
      : null
    result.set(product.id, {
      vendor_id: vendorId,
      maker: vendorId ? { id: vendorId, handle: product.vendor.handle, name: product.vendor.name } : null,
      certified: Boolean(vendorId && certified.has(vendorId) && claim && criteria.length),
      criteria: vendorId && certified.has(vendorId) ? criteria : [],
      rates: {
        vat_bps: (product.type_id && vatOfType.get(product.type_id)) ?? (defaultVat ? pctToBps(defaultVat.rate) : FALLBACK_VAT_BPS),
        commission_bps: vendorId ? (commissionOf.get(vendorId) ?? defaultCommission) : 0,
        fund_bps: fundBps,
        delivery_bps: DELIVERY_CONTRIBUTION_BPS,
      },
      parts,
    })
  }
  return result
}

/**
 * The breakdown shown to residents: with the artisan's stated parts when they still fit the
 * price and today's rates, the artisan's part as one line when they no longer do.
 * Stated parts are amounts for the price they were checked against (the product's lowest, see
 * validate-product-claim): a bigger size at a higher price is not made of the same 2 € of
 * materials, so any other price shows the artisan's part as one line instead of inventing a split.
 */
export function breakdownFor(
  priceCents: number,
  brand: ProductBrand,
  statedForCents: number = priceCents
): { price: number; lines: BreakdownLine[]; rates: BreakdownRates } | null {
  const parts = priceCents === statedForCents ? brand.parts : null
  try {
    return { price: priceCents, lines: priceBreakdown(priceCents, brand.rates, parts ?? {}), rates: brand.rates }
  } catch (e) {
    if (!(e instanceof BreakdownError)) throw e
    try {
      return { price: priceCents, lines: priceBreakdown(priceCents, brand.rates), rates: brand.rates }
    } catch {
      return null
    }
  }
}

type PricedVariant = { id: string; calculated_price?: { calculated_amount?: number | string | null } | null }

const cents = (variant: PricedVariant): number | null => {
  const amount = variant.calculated_price?.calculated_amount
  return amount === null || amount === undefined ? null : Math.round(Number(amount) * 100)
}

/**
 * The read model of these products as it should be now: each product's mark and maker with the breakdown
 * of its cheapest variant's price (what a product card shows, "da 11,50 €"), and the breakdown of
 * each variant's own price (the product page explains the size the resident chose), both in the
 * price_breakdown rows and on the product's row (`variant_breakdowns`, null for a variant without
 * one, so a read of the row knows every variant's answer). Prices are the shop's
 * region's, VAT included, as the store API calculates them: one region serves everyone.
 */
export async function productBrandsState(container: MedusaContainer, productIds: string[]): Promise<ProductBrandsState> {
  const state: ProductBrandsState = { product_ids: productIds, brands: [], breakdowns: [] }
  if (!productIds.length) return state
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [region] } = await query.graph({ entity: "region", fields: ["id", "currency_code"], pagination: { take: 1, order: { created_at: "ASC" } } })
  const [brands, { data: products }] = await Promise.all([
    brandOfProducts(container, productIds),
    query.graph({
      entity: "product",
      fields: ["id", "variants.id", "variants.calculated_price.calculated_amount"],
      filters: { id: productIds },
      context: region ? { variants: { calculated_price: QueryContext({ region_id: region.id, currency_code: region.currency_code }) } } : {},
    }),
  ])
  for (const product of products as { id: string; variants?: PricedVariant[] | null }[]) {
    const brand = brands.get(product.id)
    const priced = (product.variants ?? []).map((v) => ({ id: v.id, price: cents(v) })).filter((v): v is { id: string; price: number } => v.price !== null)
    const cheapest = brand && region && priced.length ? Math.min(...priced.map((v) => v.price)) : null
    const variantBreakdowns: VariantBreakdowns = Object.fromEntries((product.variants ?? []).map((v) => [v.id, null]))
    if (brand && cheapest !== null) {
      for (const variant of priced) {
        const breakdown = breakdownFor(variant.price, brand, cheapest)
        variantBreakdowns[variant.id] = breakdown
        if (breakdown) state.breakdowns.push({ id: variant.id, product_id: product.id, ...breakdown })
      }
    }
    state.brands.push({
      id: product.id,
      certified: brand?.certified ?? false,
      criteria: brand?.criteria ?? [],
      price_breakdown: brand && cheapest !== null ? breakdownFor(cheapest, brand) : null,
      maker: brand?.maker ?? null,
      variant_breakdowns: variantBreakdowns,
    })
  }
  return state
}
