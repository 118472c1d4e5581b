import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { revalidateStorefront, StorefrontTags } from "@rbv/kit"
import { VendorEvents } from "../workflows/events"
import { refreshSearchDocumentsWorkflow } from "../workflows/search/workflows/refresh-search-documents"

type Data = { id?: string; vendor_id?: string | null }

/** The products an event touches: itself, a category's, or a shop's (its approval, name, craft). */
async function productIdsOf(container: SubscriberArgs<Data>["container"], name: string, id: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (name.startsWith("product-category.")) {
    const { data } = await query.graph({ entity: "product_category", fields: ["products.id"], filters: { id }, withDeleted: true })
    return (data[0]?.products ?? []).filter(Boolean).map((p: { id: string }) => p.id)
  }
  if (name.startsWith("vendor.")) {
    const { data } = await query.graph({ entity: "vendor", fields: ["products.id"], filters: { id } })
    return (data[0]?.products ?? []).filter(Boolean).map((p: { id: string }) => p.id)
  }
  return [id]
}

/** Keeps the store search in step with what residents can see; the search pages are revalidated after. */
export default async function refreshSearchDocuments({ event, container }: SubscriberArgs<Data>) {
  const id = event.data.id ?? event.data.vendor_id
  if (!id) return
  const product_ids = await productIdsOf(container, event.name, id)
  if (!product_ids.length) return
  await refreshSearchDocumentsWorkflow(container).run({ input: { product_ids } })
  await revalidateStorefront([StorefrontTags.products], container.resolve(ContainerRegistrationKeys.LOGGER))
}

export const config: SubscriberConfig = {
  event: [
    "product.created",
    "product.updated",
    "product.deleted",
    "product-category.updated",
    "product-category.deleted",
    VendorEvents.STATUS_CHANGED,
    VendorEvents.UPDATED,
  ],
}
