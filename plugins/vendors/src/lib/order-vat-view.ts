import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { vatByRate, vatCents } from "@rbv/kit"
import { toCents } from "./money"

const TAXED = ["tax_total", "tax_lines.rate"]

/**
 * An order's VAT as the resident's receipt and the makers' statements state it (each line rounded, then per rate),
 * beside Medusa's own figure, which sums the lines unrounded: the coordinators' view in the admin.
 */
export async function orderVatView(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "tax_total", ...TAXED.map((f) => `items.${f}`), ...TAXED.map((f) => `shipping_methods.${f}`)],
    filters: { id: orderId },
  })
  const order = data[0] as any
  if (!order) return null
  const delivery = order.shipping_methods ?? []
  return {
    rates: vatByRate(order.items, delivery),
    total: vatCents(order.items) + vatCents(delivery),
    medusa_total: toCents(order.tax_total),
  }
}
