import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { lineTitle } from "@rbv/kit"
import VendorOrderLink from "../links/vendor-order"
import { toNumber } from "./money"
import { firstNameAndInitial } from "./resident-name"

/**
 * What a mail to a maker about one of its parts says of it: what the maker sees in /bottega — the
 * resident's order number and first name with initial, the slot, the lines — nothing more.
 * Null for an order that is no maker's part.
 */
export async function makerPartMail(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({ entity: VendorOrderLink.entryPoint, fields: ["vendor_id"], filters: { order_id: orderId } })
  const { data: parts } = await query.graph({
    entity: "order",
    // "items.*": a line's quantity is only filled when the whole line is read.
    fields: ["id", "metadata", "items.*", "shipping_methods.name"],
    filters: { id: orderId },
  })
  const part = parts[0] as any
  const parentId = part?.metadata?.parent_order_id
  if (!links[0] || !parentId) return null
  const { data: parents } = await query.graph({
    entity: "order",
    fields: ["display_id", "shipping_address.first_name", "shipping_address.last_name"],
    filters: { id: parentId },
  })
  const parent = parents[0] as any
  return {
    vendor_id: links[0].vendor_id as string,
    order_number: parent?.display_id as number,
    customer_name: firstNameAndInitial(parent?.shipping_address?.first_name, parent?.shipping_address?.last_name),
    slot: (part.shipping_methods?.[0]?.name as string | undefined) ?? null,
    items: (part.items ?? []).map((i: any) => ({ title: lineTitle(i), quantity: toNumber(i.quantity) })),
  }
}
