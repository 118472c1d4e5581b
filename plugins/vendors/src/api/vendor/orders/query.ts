import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import VendorOrderLink from "../../../links/vendor-order"

const CHILD_ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "created_at",
  "currency_code",
  "metadata",
  "item_total",
  "total",
  "items.id",
  "items.title",
  "items.variant_title",
  "items.variant_sku",
  "items.thumbnail",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "shipping_address.first_name",
  "shipping_address.last_name",
]

/** The vendor's child orders, newest first, each with the resident's order number for the label. */
export async function listVendorOrders(scope: MedusaContainer, vendorId: string, { orderId, limit = 50, offset = 0 }: { orderId?: string; limit?: number; offset?: number } = {}) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: VendorOrderLink.entryPoint,
    fields: ["order_id"],
    filters: { vendor_id: vendorId, ...(orderId ? { order_id: orderId } : {}) },
  })
  if (!links.length) return { orders: [], count: 0 }
  const { data: orders, metadata } = await query.graph({
    entity: "order",
    fields: CHILD_ORDER_FIELDS,
    filters: { id: links.map((l: { order_id: string }) => l.order_id) },
    pagination: { take: limit, skip: offset, order: { created_at: "DESC" } },
  })
  const parentIds = [...new Set(orders.map((o: any) => o.metadata?.parent_order_id).filter(Boolean))]
  const { data: parents } = parentIds.length
    ? await query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: parentIds } })
    : { data: [] as { id: string; display_id: number }[] }
  const parentNumber = new Map(parents.map((p: any) => [p.id, p.display_id]))
  return {
    orders: orders.map((o: any) => ({
      ...o,
      parent_order_id: o.metadata?.parent_order_id ?? null,
      parent_display_id: parentNumber.get(o.metadata?.parent_order_id) ?? null,
      ready_at: o.metadata?.ready_at ?? null,
    })),
    count: metadata?.count ?? orders.length,
  }
}

export async function retrieveVendorOrder(scope: MedusaContainer, vendorId: string, orderId: string) {
  const { orders } = await listVendorOrders(scope, vendorId, { orderId })
  if (!orders[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found`)
  return orders[0]
}
