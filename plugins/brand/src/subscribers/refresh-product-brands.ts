import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { productTags, revalidateStorefront } from "@rbv/kit"
import { coalesce } from "../lib/coalesce"
import { refreshProductBrandsWorkflow, type RefreshProductBrandsInput } from "../workflows/product-brand/workflows/refresh-product-brands"

type Data = { id?: string; vendor_id?: string | null; default_changed?: boolean }

// The vendors plugin's event for a shop's rate or the network's default rate (no import: the
// brand plugin reads the vendors plugin only through Query).
const RATES_CHANGED = "vendor.rates_changed"
// …and for a shop's public profile (its name is on every product card of it, `brand.maker`).
const VENDOR_UPDATED = "vendor.updated"
// Medusa's Tax Module announces every change of its rows as `<module>.<row>.<action>` (written by
// its service, whichever workflow or route made it): a rate's percentage, or the product types
// its rules apply it to, moves the VAT of every breakdown that reads it.
const TAX_CHANGED = ["tax-rate", "tax-rate-rule"].flatMap((row) => ["created", "updated", "deleted"].map((action) => `tax.${row}.${action}`))

async function scopeOf(event: SubscriberArgs<Data>["event"], query: any): Promise<RefreshProductBrandsInput> {
  if (event.name === RATES_CHANGED) return event.data.default_changed ? { all: true } : { vendor_ids: event.data.vendor_id ? [event.data.vendor_id] : [] }
  if (TAX_CHANGED.includes(event.name)) return { all: true }
  if (event.name === VENDOR_UPDATED) return { vendor_ids: event.data.id ? [event.data.id] : [] }
  if (event.name.startsWith("product-variant.")) {
    const { data } = await query.graph({ entity: "product_variant", fields: ["product_id"], filters: { id: event.data.id }, withDeleted: true })
    return { product_ids: data.map((v: { product_id: string }) => v.product_id) }
  }
  return { product_ids: event.data.id ? [event.data.id] : [] }
}

async function refreshAndRevalidate(container: SubscriberArgs<Data>["container"], scope: RefreshProductBrandsInput) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { result: productIds } = await refreshProductBrandsWorkflow(container).run({ input: scope })
  if (productIds.length) await revalidateStorefront(await productTags(query, productIds), container.resolve(ContainerRegistrationKeys.LOGGER))
}

// A VAT save with N rules announces 2N+1 row changes at once (the rate, each old rule deleted,
// each new one created), and each used to refresh the whole catalogue: now a burst shares one
// whole-catalogue refresh (per app, hence per container), run after the burst has settled.
const SETTLE_MS = 250
const wholeCatalogue = new WeakMap<object, () => Promise<void>>()

function refreshWholeCatalogue(container: SubscriberArgs<Data>["container"]): Promise<void> {
  let refresh = wholeCatalogue.get(container)
  if (!refresh) {
    refresh = coalesce(() => refreshAndRevalidate(container, { all: true }), SETTLE_MS)
    wholeCatalogue.set(container, refresh)
  }
  return refresh()
}

/**
 * A change made outside this plugin's workflows that moves a product's breakdown, mark or maker: a new
 * product, a new price, size or type (VAT), a shop's commission rate or its name, a VAT rate; a deleted
 * product loses its rows (its id is refreshed into nothing). The read model is refreshed,
 * then the product's pages are revalidated again (the catalogue's own revalidation may have run
 * before the refresh and cached the old breakdown). This plugin's workflows refresh in-line.
 */
export default async function refreshProductBrands({ event, container }: SubscriberArgs<Data>) {
  const scope = await scopeOf(event, container.resolve(ContainerRegistrationKeys.QUERY))
  await (scope.all ? refreshWholeCatalogue(container) : refreshAndRevalidate(container, scope))
}

export const config: SubscriberConfig = {
  event: ["product.created", "product.updated", "product.deleted", "product-variant.created", "product-variant.updated", "product-variant.deleted", RATES_CHANGED, VENDOR_UPDATED, ...TAX_CHANGED],
}
