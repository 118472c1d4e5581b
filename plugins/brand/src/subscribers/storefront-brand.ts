import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { productTags, revalidateStorefront, StorefrontTags as T, vendorTags } from "@rbv/kit"
import { BRAND_MODULE } from "../modules/brand"
import type BrandModuleService from "../modules/brand/service"
import { BrandEvents } from "../workflows/events"

type Data = { id?: string; ids?: string[]; product_id?: string }

/**
 * What the brand changes on the storefront's cached pages: a certification decides the mark on
 * a shop's products and the brand page; a product's claim its mark and breakdown; the charter
 * and the fund share every breakdown; fund entries the fund page.
 */
export default async function revalidateBrandPages({ event, container }: SubscriberArgs<Data>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const tags: string[] = []
  switch (event.name) {
    case BrandEvents.CERTIFICATION_REVIEWED:
    case BrandEvents.CERTIFICATIONS_EXPIRED: {
      const ids = event.data.ids ?? (event.data.id ? [event.data.id] : [])
      if (!ids.length) return
      const certifications = await container.resolve<BrandModuleService>(BRAND_MODULE).listCertifications({ id: ids }, { select: ["vendor_id"] })
      tags.push(T.brand, ...(await vendorTags(query, certifications.map((c) => c.vendor_id))))
      break
    }
    case BrandEvents.PRODUCT_CLAIM_SET:
      tags.push(T.brand, ...(await productTags(query, [event.data.product_id ?? ""])))
      break
    case BrandEvents.CHARTER_PUBLISHED:
      tags.push(T.brand, T.products, T.productDetails)
      break
    case BrandEvents.FUND_POLICY_SET:
      tags.push(T.fund, T.products, T.productDetails)
      break
    default:
      tags.push(T.fund)
  }
  await revalidateStorefront(tags, container.resolve(ContainerRegistrationKeys.LOGGER))
}

export const config: SubscriberConfig = {
  event: [
    BrandEvents.CERTIFICATION_REVIEWED,
    BrandEvents.CERTIFICATIONS_EXPIRED,
    BrandEvents.PRODUCT_CLAIM_SET,
    BrandEvents.CHARTER_PUBLISHED,
    BrandEvents.FUND_POLICY_SET,
    BrandEvents.FUND_CONTRIBUTION,
    BrandEvents.FUND_DISBURSEMENT,
    BrandEvents.FUND_REVERSAL,
    BrandEvents.VOUCHER_REDEEMED,
  ],
}
