import { allocate, fromCents, toCents } from "./money"
import { WEIGHT_PRICING_KEY, type WeightPricing } from "./weight-pricing"

type TaxLine = { rate: number; code?: string | null; description?: string | null; provider_id?: string | null; tax_rate_id?: string | null }

export type ParentOrder = {
  id: string
  region_id?: string | null
  sales_channel_id?: string | null
  currency_code: string
  items: {
    id: string
    title: string
    subtitle?: string | null
    thumbnail?: string | null
    product_id?: string | null
    product_title?: string | null
    variant_id?: string | null
    variant_title?: string | null
    variant_sku?: string | null
    quantity: number | string
    unit_price: number | string
    is_tax_inclusive?: boolean
    tax_lines?: TaxLine[]
    metadata?: Record<string, unknown> | null
  }[]
  shipping_methods?: {
    name: string
    amount: number | string
    is_tax_inclusive?: boolean
    shipping_option_id?: string | null
    data?: Record<string, unknown> | null
    tax_lines?: TaxLine[]
  }[]
}

export type VendorPart = { vendor_id: string; gross_cents: number; order: Record<string, unknown> }

const copyTaxLines = (lines: TaxLine[] = []) =>
  lines.map(({ rate, code, description, provider_id, tax_rate_id }) => ({ rate, code, description, provider_id, tax_rate_id }))

/**
 * One child order per vendor with that vendor's items at the parent's prices and tax lines,
 * and a share of the delivery proportional to its goods, so that the children add up to the
 * parent to the cent. Items of products without a maker stay on the parent only.
 * A child order is the network's internal record of a maker's part: it carries none of the
 * resident's contact data (no e-mail, customer, addresses), so it is never listed, e-mailed or
 * shown to the resident, and nothing a maker reads through it leads to them.
 */
export function planVendorOrders(
  parent: ParentOrder,
  vendorOfProduct: Record<string, string>,
  // Products sold by weight: their pricing as it was when ordered goes onto the maker's line, to weigh it by.
  weighedProducts: Record<string, WeightPricing> = {}
): VendorPart[] {
  const byVendor = new Map<string, ParentOrder["items"]>()
  for (const item of parent.items) {
    const vendorId = item.product_id ? vendorOfProduct[item.product_id] : undefined
    if (!vendorId) continue
    byVendor.set(vendorId, [...(byVendor.get(vendorId) ?? []), item])
  }
  const vendors = [...byVendor.keys()].sort()
  const grosses = vendors.map((v) => byVendor.get(v)!.reduce((sum, i) => sum + toCents(i.unit_price) * Number(i.quantity), 0))
  const shippingShares = (parent.shipping_methods ?? []).map((method) => allocate(toCents(method.amount), grosses))

  return vendors.map((vendorId, index) => ({
    vendor_id: vendorId,
    gross_cents: grosses[index],
    order: {
      region_id: parent.region_id,
      sales_channel_id: parent.sales_channel_id,
      currency_code: parent.currency_code,
      status: "pending",
      metadata: { parent_order_id: parent.id, vendor_id: vendorId },
      items: byVendor.get(vendorId)!.map((item) => ({
        title: item.title,
        subtitle: item.subtitle,
        thumbnail: item.thumbnail,
        product_id: item.product_id,
        product_title: item.product_title,
        variant_id: item.variant_id,
        variant_title: item.variant_title,
        variant_sku: item.variant_sku,
        quantity: Number(item.quantity),
        unit_price: item.unit_price,
        is_tax_inclusive: item.is_tax_inclusive,
        tax_lines: copyTaxLines(item.tax_lines),
        metadata: {
          ...(item.metadata ?? {}),
          parent_line_item_id: item.id,
          ...(item.product_id && weighedProducts[item.product_id] ? { [WEIGHT_PRICING_KEY]: weighedProducts[item.product_id] } : {}),
        },
      })),
      shipping_methods: (parent.shipping_methods ?? []).map((method, m) => ({
        name: method.name,
        amount: fromCents(shippingShares[m][index]),
        is_tax_inclusive: method.is_tax_inclusive,
        shipping_option_id: method.shipping_option_id,
        data: method.data ?? {},
        tax_lines: copyTaxLines(method.tax_lines),
      })),
    },
  }))
}

/**
 * The child order of each part, in the parts' order: one a cut-short split already made, else the
 * one just made for that maker — found by the maker mark each child carries, never by position
 * (Medusa's createOrders lists what it made back in its own order, not the input's).
 */
export function childOrdersOfParts(
  parts: Pick<VendorPart, "vendor_id">[],
  existing: Record<string, string>,
  made: { id: string; vendor_id: string | null }[]
): { id: string }[] {
  return parts.map((part) => {
    const id = existing[part.vendor_id] ?? made.find((order) => order.vendor_id === part.vendor_id)?.id
    if (!id) throw new Error(`No child order was made for maker ${part.vendor_id}`)
    return { id }
  })
}
