import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import VendorOrderLink from "../../../links/vendor-order"
import { firstNameAndInitial } from "../../../lib/resident-name"
import { canWeigh, refusal } from "@rbv/kit"
import { ORDER_STAGES, readinessOf, type OrderStage } from "../../../lib/vendor-order-readiness"
import { fromCents } from "../../../lib/money"
import { weightPricingOf } from "../../../lib/weight-pricing"

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
  "items.metadata",
  "shipping_methods.name",
  "fulfillments.delivered_at",
]

/**
 * What a maker sees of its part of a resident's order: its own lines, the resident's order
 * number (the one on the label), the delivery slot the resident chose (round date, or the pickup
 * point) and the resident's first name and initial. No e-mail, phone, street or any id of the
 * resident's order: the network delivers every order, so a maker never needs them.
 */
function vendorOrderView(order: any, parent: any) {
  const { metadata, shipping_methods, fulfillments, items, ...own } = order
  const ready_at = (metadata?.ready_at as string | undefined) ?? null
  const handed_over_at = (metadata?.handed_over_at as string | undefined) ?? null
  const delivered = (fulfillments ?? []).some((f: any) => f?.delivered_at)
  const { stage, can_mark_ready, can_unready, can_cancel } = readinessOf({ status: order.status, ready_at, handed_over_at, delivered })
  const weighed_at = (metadata?.weighed_at as string | undefined) ?? null
  const lines = (items ?? []).map(({ metadata: m, ...item }: any) => {
    const wp = weightPricingOf(m)
    // Sold by weight: the pricing as ordered and, once weighed, the real grams and what they cost.
    const weight = wp
      ? { ...wp, price_per_kg: fromCents(wp.price_per_kg), estimated_grams: wp.unit_grams * Number(item.quantity), grams: m?.weighed_grams ?? null, capped: m?.weighed_capped ?? null }
      : null
    return { ...item, weight }
  })
  return {
    ...own,
    items: lines,
    weighed_at,
    can_weigh: canWeigh({ status: order.status, handed_over_at, delivered, weighed_at, has_weighed_lines: lines.some((l: any) => l.weight) }),
    order_number: parent?.display_id ?? null,
    customer_name: firstNameAndInitial(parent?.shipping_address?.first_name, parent?.shipping_address?.last_name),
    delivery_slot: shipping_methods?.[0]?.name ?? null,
    ready_at,
    handed_over_at,
    delivered,
    stage,
    can_mark_ready,
    can_unready,
    can_cancel,
  }
}

/** What a part's stage is read from: enough to sort every part of a maker into its list, without its lines. */
const STAGE_FIELDS = ["id", "status", "metadata", "fulfillments.delivered_at"]

function stageOf(order: any): OrderStage {
  const delivered = (order.fulfillments ?? []).some((f: any) => f?.delivered_at)
  return readinessOf({ status: order.status, ready_at: order.metadata?.ready_at, handed_over_at: order.metadata?.handed_over_at, delivered }).stage
}

type ListOptions = { orderId?: string; stages?: OrderStage[]; oldestFirst?: boolean; limit?: number; offset?: number }

/**
 * The vendor's child orders, newest first (or oldest), of the stages asked for, with how many parts each stage
 * holds: the lists to prepare stay whole however long the history grows (the stage is not a
 * column, so every part's stage is read first, then the lines of the page asked for).
 */
export async function listVendorOrders(scope: MedusaContainer, vendorId: string, { orderId, stages, oldestFirst = false, limit = 50, offset = 0 }: ListOptions = {}) {
  const order = { created_at: oldestFirst ? "ASC" : "DESC" } as const
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const counts = Object.fromEntries(ORDER_STAGES.map((s) => [s, 0])) as Record<OrderStage, number>
  const { data: links } = await query.graph({
    entity: VendorOrderLink.entryPoint,
    fields: ["order_id"],
    filters: { vendor_id: vendorId, ...(orderId ? { order_id: orderId } : {}) },
  })
  if (!links.length) return { orders: [], count: 0, counts }
  const { data: all } = await query.graph({
    entity: "order",
    fields: STAGE_FIELDS,
    filters: { id: links.map((l: { order_id: string }) => l.order_id) },
    pagination: { order },
  })
  const wanted = all.filter((o: any) => {
    const stage = stageOf(o)
    counts[stage]++
    return !stages || stages.includes(stage)
  })
  const pageIds = wanted.slice(offset, offset + limit).map((o: any) => o.id as string)
  const { data: orders } = pageIds.length
    ? await query.graph({ entity: "order", fields: CHILD_ORDER_FIELDS, filters: { id: pageIds }, pagination: { order } })
    : { data: [] as any[] }
  const parentIds = [...new Set(orders.map((o: any) => o.metadata?.parent_order_id).filter(Boolean))]
  const { data: parents } = parentIds.length
    ? await query.graph({ entity: "order", fields: ["id", "display_id", "shipping_address.first_name", "shipping_address.last_name"], filters: { id: parentIds } })
    : { data: [] as any[] }
  const parentOf = new Map(parents.map((p: any) => [p.id, p]))
  return {
    orders: orders.map((o: any) => vendorOrderView(o, parentOf.get(o.metadata?.parent_order_id))),
    count: wanted.length,
    counts,
  }
}

export async function retrieveVendorOrder(scope: MedusaContainer, vendorId: string, orderId: string) {
  const { orders } = await listVendorOrders(scope, vendorId, { orderId })
  if (!orders[0]) throw refusal(MedusaError.Types.NOT_FOUND, "order_not_found", `Order ${orderId} was not found`, "id")
  return orders[0]
}
