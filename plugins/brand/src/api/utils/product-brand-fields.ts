import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { breakdownFor, brandOfProducts } from "../../lib/product-brand"

type Variant = { calculated_price?: { calculated_amount?: number | string | null } | null; price_breakdown?: unknown }
type Product = { id: string; variants?: Variant[] | null; brand?: unknown; price_breakdown?: unknown }

const cents = (variant: Variant): number | null => {
  const amount = variant.calculated_price?.calculated_amount
  return amount === null || amount === undefined ? null : Math.round(Number(amount) * 100)
}

/**
 * Store product responses carry `brand` (certified, criteria) and `price_breakdown`: on the
 * product for its cheapest variant (what a product card shows, "da 11,50 €"), and on each
 * variant for that variant's own price, so the product page explains the size the resident
 * chose. Prices are the request's region's (null without one). They are computed, not stored,
 * so the response body is completed on its way out.
 */
export function withProductBrand(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const send = res.json.bind(res)
  res.json = ((body: { product?: Product; products?: Product[] }) => {
    const products = body?.products ?? (body?.product ? [body.product] : [])
    if (res.statusCode >= 400 || !products.length) return send(body)
    brandOfProducts(req.scope, products.map((p) => p.id))
      .then((brands) => {
        for (const product of products) {
          const brand = brands.get(product.id)
          const variants = product.variants ?? []
          const prices = variants.map(cents).filter((c): c is number => c !== null)
          const cheapest = prices.length ? Math.min(...prices) : null
          product.brand = { certified: brand?.certified ?? false, criteria: brand?.criteria ?? [] }
          product.price_breakdown = brand && cheapest !== null ? breakdownFor(cheapest, brand) : null
          for (const variant of variants) {
            const price = cents(variant)
            variant.price_breakdown = brand && price !== null && cheapest !== null ? breakdownFor(price, brand, cheapest) : null
          }
        }
        send(body)
      })
      .catch((e) => next(e))
    return res
  }) as MedusaResponse["json"]
  next()
}
