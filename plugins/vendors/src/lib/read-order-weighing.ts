import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { VENDOR_MODULE } from "../modules/vendor"
import type VendorModuleService from "../modules/vendor/service"
import { CASH_PROVIDER_ID } from "../workflows/payout/steps/find-cash-payment"
import { orderWeighing, type OrderWeighing } from "./order-weighing"

/**
 * Reads what `orderWeighing` needs of one order: its lines and card payment, the makers' lines once
 * the order is split, and — for lines not split yet — their products' pricing.
 */
export async function readOrderWeighing(scope: MedusaContainer, orderId: string): Promise<OrderWeighing> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "total", "items.*", "payment_collections.payments.amount", "payment_collections.payments.provider_id", "payment_collections.payments.canceled_at", "payment_collections.payments.captures.amount"],
    filters: { id: orderId },
  })
  const order = orders[0] as any
  if (!order) throw refusal(MedusaError.Types.NOT_FOUND, "order_not_found", `Order with id: ${orderId} was not found`, "id")
  const service: VendorModuleService = scope.resolve(VENDOR_MODULE)
  const sales = await service.listCommissionLines({ parent_order_id: order.id, kind: "sale" }, { take: null })
  const { data: parts } = sales.length ? await query.graph({ entity: "order", fields: ["id", "items.metadata"], filters: { id: sales.map((s) => s.order_id) } }) : { data: [] as any[] }
  const partLines = (parts as any[]).flatMap((p) => p.items ?? [])
  const split = new Set(partLines.map((l) => l.metadata?.parent_line_item_id))
  const productIds = [...new Set((order.items ?? []).filter((i: any) => !split.has(i.id) && i.product_id).map((i: any) => i.product_id as string))]
  const { data: products } = productIds.length ? await query.graph({ entity: "product", fields: ["id", "metadata"], filters: { id: productIds } }) : { data: [] as any[] }
  const card = (order.payment_collections ?? []).flatMap((c: any) => c.payments ?? []).find((p: any) => p.provider_id !== CASH_PROVIDER_ID && !p.canceled_at) ?? null
  return orderWeighing(order, partLines, card, new Map((products as any[]).map((p) => [p.id, p.metadata])))
}
