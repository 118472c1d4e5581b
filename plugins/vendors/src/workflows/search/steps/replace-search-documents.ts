import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEARCH_MODULE } from "../../../modules/search"
import type SearchModuleService from "../../../modules/search/service"
import type { SearchDocumentInput } from "../search-document"

export type ReplaceSearchDocumentsInput = {
  /** the products these documents stand for; null: the whole catalogue */
  product_ids: string[] | null
  documents: SearchDocumentInput[]
}

export const replaceSearchDocumentsStepId = "replace-search-documents"
const SEARCH_DOCUMENTS_LOCK = "search-documents"

/** The products' search documents become exactly these (a product with none leaves the search). */
export const replaceSearchDocumentsStep = createStep(
  replaceSearchDocumentsStepId,
  async (input: ReplaceSearchDocumentsInput, { container }) => {
    const search: SearchModuleService = container.resolve(SEARCH_MODULE)
    const filters = input.product_ids ? { product_id: input.product_ids } : {}
    // One product's change raises several events at once (product, variants, translations): their
    // refreshes take turns, or two of them delete the same rows and both insert the product's document.
    return await container.resolve(Modules.LOCKING).execute(SEARCH_DOCUMENTS_LOCK, async () => {
      const before = input.product_ids && !input.product_ids.length ? [] : await search.listSearchDocuments(filters, { take: null })
      if (before.length) await search.deleteSearchDocuments(before.map((d) => d.id))
      const created = input.documents.length ? await search.createSearchDocuments(input.documents) : []
      await search.refreshVocabulary()
      return new StepResponse(created.length, { created: created.map((d) => d.id), before })
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const search: SearchModuleService = container.resolve(SEARCH_MODULE)
    if (undo.created.length) await search.deleteSearchDocuments(undo.created)
    if (undo.before.length) {
      await search.createSearchDocuments(undo.before.map(({ created_at: _c, updated_at: _u, deleted_at: _d, ...doc }) => doc))
    }
    await search.refreshVocabulary()
  }
)
