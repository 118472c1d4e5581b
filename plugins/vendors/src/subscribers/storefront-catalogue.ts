import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { productTags, revalidateStorefront } from "@rbv/kit"
import { changedProductIds } from "../lib/changed-products"

/**
 * The storefront's cached pages show each product's text, price and stock state: the moment one
 * of them is saved (by the admin, a maker, or an order taking or giving back stock), its page
 * and every list are revalidated.
 */
export default async function revalidateChangedProducts({ event, container }: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const productIds = await changedProductIds(container, event.name, event.data.id).catch((e) => {
    logger.warn(`storefront revalidation: cannot tell which products ${event.name} ${event.data.id} moved (${e.message}), revalidating all`)
    return []
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  await revalidateStorefront(await productTags(query, productIds), logger)
}

export const config: SubscriberConfig = {
  event: [
    "product.created",
    "product.updated",
    "product.deleted",
    "product-variant.created",
    "product-variant.updated",
    "product-variant.deleted",
    "inventory-level.created",
    "inventory-level.updated",
    "inventory-level.deleted",
    "inventory.inventory-level.updated",
    "inventory.reservation-item.created",
    "inventory.reservation-item.updated",
    "inventory.reservation-item.deleted",
  ],
}
