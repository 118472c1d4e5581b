import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { productTags, revalidateStorefront, StorefrontTags as T, vendorTags } from "@rbv/kit"
import { refreshSearchDocumentsWorkflow } from "../workflows/search/workflows/refresh-search-documents"

type Query = { graph(args: Record<string, unknown>): Promise<{ data: any[] }> }

// Where the product of a translated row is, per translated table.
const PRODUCT_OF: Record<string, { entity: string; field: string; pick: (row: any) => (string | undefined)[] }> = {
  product: { entity: "product", field: "id", pick: (r) => [r.id] },
  product_variant: { entity: "product_variant", field: "product_id", pick: (r) => [r.product_id] },
  product_option: { entity: "product_option", field: "product_id", pick: (r) => [r.product_id] },
  product_option_value: { entity: "product_option_value", field: "option.product_id", pick: (r) => [r.option?.product_id] },
  product_category: { entity: "product_category", field: "products.id", pick: (r) => (r.products ?? []).map((p: any) => p?.id) },
}

async function productIdsOf(query: Query, reference: string, id: string): Promise<string[]> {
  const where = PRODUCT_OF[reference]
  if (!where) return []
  // with its id among the fields: without it Medusa's query answers a list of undefined rows
  const { data } = await query.graph({ entity: where.entity, fields: ["id", where.field], filters: { id }, withDeleted: true })
  return [...new Set(data.flatMap(where.pick).filter((p): p is string => Boolean(p)))]
}

/**
 * A translation saved in the admin (Settings → Translations) changes what residents read in
 * English: the English search documents of its products, and the cached pages that show it.
 * A translation already gone (deleted) names nothing any more: the whole catalogue then.
 */
export default async function catalogueTranslationChanged({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY) as Query
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { data } = await query.graph({ entity: "translation", fields: ["reference", "reference_id"], filters: { id: event.data.id }, withDeleted: true })
  const row = data[0] as { reference: string; reference_id: string } | undefined
  if (!row) {
    await refreshSearchDocumentsWorkflow(container).run({ input: {} })
    return revalidateStorefront([T.products, T.productDetails, T.categories, T.vendors], logger)
  }
  if (row.reference === "vendor") return revalidateStorefront(await vendorTags(query, [row.reference_id]), logger)
  const productIds = await productIdsOf(query, row.reference, row.reference_id)
  if (productIds.length) await refreshSearchDocumentsWorkflow(container).run({ input: { product_ids: productIds } })
  const tags = row.reference === "product_category" ? [T.categories, T.productDetails] : []
  if (productIds.length || tags.length) await revalidateStorefront([...tags, ...(await productTags(query, productIds))], logger)
}

export const config: SubscriberConfig = { event: ["translation.created", "translation.updated", "translation.deleted"] }
