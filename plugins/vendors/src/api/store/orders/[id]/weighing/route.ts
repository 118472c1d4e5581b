import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { orderWeighing } from "../../../../../lib/order-weighing"
import { VENDOR_MODULE } from "../../../../../modules/vendor"
import type VendorModuleService from "../../../../../modules/vendor/service"
import { CASH_PROVIDER_ID } from "../../../../../workflows/payout/steps/find-cash-payment"

/**
 * GET /store/orders/:id/weighing → the resident's lines sold by weight: each line's estimate and
 * the most it can cost (the tolerance agreed when ordering), the real weight once weighed, the
 * most the order can come to, and what the card authorised and captured. The resident's own
 * order only (the same guard as the order itself).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "total", "items.*", "payment_collections.payments.amount", "payment_collections.payments.provider_id", "payment_collections.payments.canceled_at", "payment_collections.payments.captures.amount"],
    filters: { id: req.params.id },
  })
  const order = orders[0] as any
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
  const service: VendorModuleService = req.scope.resolve(VENDOR_MODULE)
  const sales = await service.listCommissionLines({ parent_order_id: order.id, kind: "sale" }, { take: null })
  const { data: parts } = sales.length ? await query.graph({ entity: "order", fields: ["id", "items.metadata"], filters: { id: sales.map((s) => s.order_id) } }) : { data: [] as any[] }
  const card = (order.payment_collections ?? []).flatMap((c: any) => c.payments ?? []).find((p: any) => p.provider_id !== CASH_PROVIDER_ID && !p.canceled_at) ?? null
  res.json({ weighing: orderWeighing(order, (parts as any[]).flatMap((p) => p.items ?? []), card) })
}
