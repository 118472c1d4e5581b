import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { vatByRate, vatCents } from "@rbv/kit"
import { VENDOR_MODULE } from "../modules/vendor"
import type VendorModuleService from "../modules/vendor/service"
import { toCents } from "./money"
import { RELEASED_PART_REFERENCE } from "./released-part"
import { vendorsOfProducts } from "./vendors-of-products"

const TAXED = ["tax_total", "tax_lines.rate"]

/**
 * An order's VAT as the resident's receipt and the makers' statements state it (each line rounded, then per rate),
 * beside Medusa's own figure, which sums the lines unrounded: the coordinators' view in the admin.
 * A maker's part taken out of the order stays on it as lines and a credit line; like the receipt, the view leaves
 * those lines out and names their makers (Medusa's figure still counts them).
 */
export async function orderVatView(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "tax_total",
      "items.product_id",
      ...TAXED.map((f) => `items.${f}`),
      ...TAXED.map((f) => `shipping_methods.${f}`),
      "credit_lines.reference",
      "credit_lines.reference_id",
    ],
    filters: { id: orderId },
  })
  const order = data[0] as any
  if (!order) return null
  const released = new Set<string>(
    (order.credit_lines ?? []).filter((c: any) => c.reference === RELEASED_PART_REFERENCE && c.reference_id).map((c: any) => c.reference_id)
  )
  let items = order.items ?? []
  let releasedMakers: string[] = []
  if (released.size) {
    const vendorOf = await vendorsOfProducts(container, [...new Set<string>(items.map((i: any) => i.product_id).filter(Boolean))])
    items = items.filter((i: any) => !released.has(vendorOf[i.product_id]))
    const vendors = await (container.resolve(VENDOR_MODULE) as VendorModuleService).listVendors({ id: [...released] }, { select: ["name"] })
    releasedMakers = vendors.map((v) => v.name).sort()
  }
  const delivery = order.shipping_methods ?? []
  return {
    rates: vatByRate(items, delivery),
    total: vatCents(items) + vatCents(delivery),
    medusa_total: toCents(order.tax_total),
    released_makers: releasedMakers,
  }
}
