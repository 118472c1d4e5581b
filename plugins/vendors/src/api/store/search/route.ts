import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyTranslations, MedusaError } from "@medusajs/framework/utils"
import { searchFacetsOf, refusal } from "@rbv/kit"
import { SEARCH_MODULE } from "../../../modules/search"
import type SearchModuleService from "../../../modules/search/service"
import type { StoreSearchProducts } from "./validators"

// The filters other plugins answer (the brand mark: @rbv/brand; the next round: @rbv/delivery-rounds).
const FACETS = ["brand", "next_round"] as const

/**
 * GET /store/search → published products of approved shops, most relevant first, titled in the
 * request's locale (`x-medusa-locale`, Medusa's Translation Module):
 * `{ products: [{ id, handle, title, thumbnail, vendor }], count, limit, offset, corrected }`
 * (`vendor` null for the network's own products).
 * `corrected` is the query as searched when a misspelt word was read as the catalogue's closest.
 */
export const GET = async (req: MedusaRequest<unknown, StoreSearchProducts>, res: MedusaResponse) => {
  const { q, category, vendor, limit, offset } = req.validatedQuery as StoreSearchProducts
  const facets = searchFacetsOf(req)
  let only: string[] | undefined
  const except: string[] = []
  for (const name of FACETS) {
    if (!(req.validatedQuery as StoreSearchProducts)[name]) continue
    const facet = facets[name]
    if (!facet) throw refusal(MedusaError.Types.INVALID_DATA, "unknown_filter", `${name}: this shop has no such filter`)
    const answer = await facet()
    if (answer.only) only = only ? only.filter((id) => answer.only!.includes(id)) : answer.only
    if (answer.except) except.push(...answer.except)
  }
  const search: SearchModuleService = req.scope.resolve(SEARCH_MODULE)
  const lang = req.locale?.startsWith("en") ? "en" : "it"
  const { rows, count } = await search.searchDocuments({ q, category, vendor, only, except, limit, offset, lang })
  const products = rows.map((r) => ({
    id: r.product_id,
    handle: r.handle,
    title: r.title,
    thumbnail: r.thumbnail,
    vendor: r.vendor_handle ? { handle: r.vendor_handle, name: r.vendor_name } : null,
  }))
  // The titles in the resident's language (x-medusa-locale), as Medusa's own product routes answer them.
  await applyTranslations({ localeCode: req.locale, objects: products, container: req.scope })
  res.json({
    products,
    count,
    limit,
    offset,
    corrected: rows[0]?.corrected ?? null,
  })
}
