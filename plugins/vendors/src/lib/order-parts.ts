import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import VendorOrderLink from "../links/vendor-order"
import { VENDOR_MODULE } from "../modules/vendor"
import type VendorModuleService from "../modules/vendor/service"
import { toCents } from "./money"
import { readinessOf } from "./vendor-order-readiness"

const PART_FIELDS = ["id", "display_id", "status", "total", "metadata", "fulfillments.delivered_at"]

/**
 * A resident's order as the coordinators see it in the admin: for a resident's order, its makers' parts (the
 * child orders each maker prepares: maker, stage, total); for a part, the resident's order it belongs to.
 */
export async function orderParts(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: PART_FIELDS, filters: { id: orderId } })
  const order = orders[0] as any
  if (!order) return null
  const parentId = order.metadata?.parent_order_id as string | undefined
  if (parentId) {
    const { data: parents } = await query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: parentId } })
    return { parent: (parents[0] as { id: string; display_id: number } | undefined) ?? null, parts: await partViews(container, [orderId]) }
  }
  const service: VendorModuleService = container.resolve(VENDOR_MODULE)
  const sales = await service.listCommissionLines({ parent_order_id: orderId, kind: "sale" }, { take: null })
  return { parent: null, parts: await partViews(container, [...new Set(sales.map((s) => s.order_id))]) }
}

async function partViews(container: MedusaContainer, ids: string[]) {
  if (!ids.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: parts } = await query.graph({ entity: "order", fields: PART_FIELDS, filters: { id: ids } })
  const { data: links } = await query.graph({ entity: VendorOrderLink.entryPoint, fields: ["order_id", "vendor.id", "vendor.name", "vendor.handle"], filters: { order_id: ids } })
  const vendorOf = new Map(links.map((l: any) => [l.order_id, l.vendor]))
  return (parts as any[])
    .map((p) => ({
      id: p.id as string,
      display_id: p.display_id as number,
      status: p.status as string,
      stage: readinessOf({ status: p.status, ready_at: p.metadata?.ready_at, handed_over_at: p.metadata?.handed_over_at, delivered: (p.fulfillments ?? []).some((f: any) => f?.delivered_at) }).stage,
      total: toCents(p.total),
      cancel_reason: (p.metadata?.cancel_reason as string | undefined) ?? null,
      vendor: (vendorOf.get(p.id) as { id: string; name: string; handle: string } | undefined) ?? null,
    }))
    .sort((a, b) => (a.vendor?.name ?? "").localeCompare(b.vendor?.name ?? "", "it"))
}
