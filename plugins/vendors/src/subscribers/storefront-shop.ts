import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { revalidateStorefront, StorefrontTags as T } from "@rbv/kit"

/** Categories (header, category pages, product pages) and regions (prices, VAT) as the storefront caches them. */
export default async function revalidateShopStructure({ event, container }: SubscriberArgs<{ id: string }>) {
  const tags = event.name.startsWith("product-category.") ? [T.categories, T.products, T.productDetails] : [T.regions, T.products, T.productDetails]
  await revalidateStorefront(tags, container.resolve(ContainerRegistrationKeys.LOGGER))
}

export const config: SubscriberConfig = {
  event: ["product-category.created", "product-category.updated", "product-category.deleted", "region.created", "region.updated", "region.deleted"],
}
