import { ENGLISH_CONTENT_LOCALE } from "@rbv/kit"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { makerWroteEnglish, productEnglishRows, type ProductEnglish } from "../../../lib/product-english"
import { PRODUCT_SHAPE_FIELDS, type ProductShape } from "../../../lib/variant-options"
import { validateEnglishHasItalianStep } from "../steps/validate-english-has-italian"
import { upsertTranslationsWorkflow } from "./upsert-translations"

export type TranslateVendorProductInput = { product_id: string; english: ProductEnglish; is_new?: boolean }

export const translateVendorProductWorkflowId = "translate-vendor-product"

/** The maker's English for a product and its sizes, written where Medusa's store API reads it. */
export const translateVendorProductWorkflow = createWorkflow(translateVendorProductWorkflowId, (input: TranslateVendorProductInput) => {
  const { data: products } = useQueryGraphStep({
    entity: "product",
    fields: [...PRODUCT_SHAPE_FIELDS, "title", "subtitle", "description"],
    filters: { id: input.product_id },
  }).config({ name: "product-to-translate" })
  validateEnglishHasItalianStep({ product: transform({ products }, ({ products }) => products[0]), english: input.english })
  const rows = transform({ input, products }, ({ input, products }) =>
    products[0] ? productEnglishRows(products[0] as ProductShape, input.english, { isNew: input.is_new }) : []
  )
  when({ rows }, ({ rows }) => rows.length > 0).then(() => {
    upsertTranslationsWorkflow.runAsStep({
      input: transform({ input, rows }, ({ input, rows }) => ({ locale_code: ENGLISH_CONTENT_LOCALE, rows, optional: !makerWroteEnglish(input.english) })),
    })
  })
  return new WorkflowResponse(rows)
})
