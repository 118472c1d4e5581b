import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { revalidateStorefront, StorefrontTags, vendorTags } from "@rbv/kit"
import { VendorEvents } from "../workflows/events"

type Data = { id?: string; vendor_id?: string | null; default_changed?: boolean }

/**
 * A shop approved, suspended or back, its profile or holiday, or its rate (part of every price
 * breakdown): its pages, the makers' lists and its products' pages. A new default rate changes
 * every product's breakdown.
 */
export default async function revalidateChangedVendor({ event, container }: SubscriberArgs<Data>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const vendorId = event.data.id ?? event.data.vendor_id
  const tags = vendorId ? await vendorTags(query, [vendorId]) : []
  if (event.data.default_changed) tags.push(StorefrontTags.products, StorefrontTags.productDetails)
  await revalidateStorefront(tags, container.resolve(ContainerRegistrationKeys.LOGGER))
}

export const config: SubscriberConfig = { event: [VendorEvents.STATUS_CHANGED, VendorEvents.UPDATED, VendorEvents.RATES_CHANGED] }
