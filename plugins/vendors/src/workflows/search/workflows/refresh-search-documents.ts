import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { searchDocumentOf, type SearchSourceProduct } from "../search-document"
import { replaceSearchDocumentsStep } from "../steps/replace-search-documents"

/** Products whose search documents to rebuild; none given: the whole catalogue. */
export type RefreshSearchDocumentsInput = { product_ids?: string[] }

export const refreshSearchDocumentsWorkflowId = "refresh-search-documents"

const FIELDS = [
  "id", "handle", "title", "subtitle", "description", "status", "thumbnail", "tags.value",
  "categories.name", "categories.handle", "vendor.id", "vendor.handle", "vendor.name", "vendor.status", "vendor.craft",
]

/** Keeps the store search in step with the catalogue: published products of approved shops only. */
export const refreshSearchDocumentsWorkflow = createWorkflow(refreshSearchDocumentsWorkflowId, (input: RefreshSearchDocumentsInput) => {
  const filters = transform({ input }, ({ input }) => (input.product_ids ? { id: input.product_ids } : {}))
  const { data: products } = useQueryGraphStep({ entity: "product", fields: FIELDS, filters }).config({ name: "search-source-products" })
  const replacement = transform({ input, products }, ({ input, products }) => ({
    product_ids: input.product_ids ?? null,
    documents: (products as SearchSourceProduct[]).map(searchDocumentOf).filter((d) => d !== null),
  }))
  const count = replaceSearchDocumentsStep(replacement)
  return new WorkflowResponse(count)
})
