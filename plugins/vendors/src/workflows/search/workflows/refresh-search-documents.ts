import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ENGLISH_CONTENT_LOCALE } from "@rbv/kit"
import { searchDocumentOf, type SearchSourceProduct, type SearchSourceText } from "../search-document"
import { replaceSearchDocumentsStep } from "../steps/replace-search-documents"

/** Products whose search documents to rebuild; none given: the whole catalogue. */
export type RefreshSearchDocumentsInput = { product_ids?: string[] }

export const refreshSearchDocumentsWorkflowId = "refresh-search-documents"

// Query translates only objects it can name: every relation with its id.
const TEXT_FIELDS = ["id", "title", "subtitle", "description", "tags.id", "tags.value", "categories.id", "categories.name"]
const FIELDS = [
  "id", "handle", "title", "subtitle", "description", "status", "thumbnail", "tags.value",
  "categories.name", "categories.handle", "vendor.id", "vendor.handle", "vendor.name", "vendor.status", "vendor.craft",
]

/** Keeps the store search in step with the catalogue: published products of approved shops only. */
export const refreshSearchDocumentsWorkflow = createWorkflow(refreshSearchDocumentsWorkflowId, (input: RefreshSearchDocumentsInput) => {
  const filters = transform({ input }, ({ input }) => (input.product_ids ? { id: input.product_ids } : {}))
  const { data: products } = useQueryGraphStep({ entity: "product", fields: FIELDS, filters }).config({ name: "search-source-products" })
  // The same products in English (Medusa's Translation Module), indexed in the English configuration.
  const { data: english } = useQueryGraphStep({
    entity: "product",
    fields: TEXT_FIELDS,
    filters,
    options: { locale: ENGLISH_CONTENT_LOCALE },
  }).config({ name: "search-source-products-en" })
  const replacement = transform({ input, products, english }, ({ input, products, english }) => {
    const englishById = new Map((english as SearchSourceText[]).map((p) => [p.id, p]))
    return {
      product_ids: input.product_ids ?? null,
      documents: (products as SearchSourceProduct[]).map((p) => searchDocumentOf(p, englishById.get(p.id))).filter((d) => d !== null),
    }
  })
  const count = replaceSearchDocumentsStep(replacement)
  return new WorkflowResponse(count)
})
