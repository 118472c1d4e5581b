import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { breakdownFor, brandOfProducts } from "../../lib/product-brand"

type Variant = { calculated_price?: { calculated_amount?: number | string | null } | null }
type Product = { id: string; variants?: Variant[] | null; brand?: unknown; price_breakdown?: unknown }

const cheapest = (variants: Variant[] | null | undefined) => {
  const amounts = (variants ?? [])
    .map((v) => v.calculated_price?.calculated_amount)
    .filter((a): a is number | string => a !== null && a !== undefined)
    .map(Number)
  return amounts.length ? Math.round(Math.min(...amounts) * 100) : null
}

/**
 * Store product responses carry `brand` (certified, criteria) and `price_breakdown` (for the
 * cheapest variant's price in the request's region; null without a region). They are
 * computed, not stored, so the response body is completed on its way out.
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
          const price = cheapest(product.variants)
          product.brand = { certified: brand?.certified ?? false, criteria: brand?.criteria ?? [] }
          product.price_breakdown = brand && price !== null ? breakdownFor(price, brand) : null
        }
        send(body)
      })
      .catch((e) => next(e))
    return res
  }) as MedusaResponse["json"]
  next()
}
