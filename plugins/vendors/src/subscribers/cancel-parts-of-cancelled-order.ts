import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ORDER_CANCELLED_REASON } from "../lib/released-part"
import { VENDOR_MODULE } from "../modules/vendor"
import type VendorModuleService from "../modules/vendor/service"
import { cancelVendorOrderWorkflow } from "../workflows/vendor/workflows/cancel-vendor-order"

/**
 * A resident's whole order cancelled (by the resident before the cutoff, or by a coordinator in
 * the admin): every maker's part still live goes with it, as a maker's own cancel does — the part
 * leaves the maker's list to prepare, its stock and its sale in the ledger are given back. Medusa
 * has already refunded or released the payment, so nothing is credited.
 */
export default async function cancelPartsOfCancelledOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  const service: VendorModuleService = container.resolve(VENDOR_MODULE)
  // A maker's own part cancelled is a child order: it has no sales as a parent.
  const sales = await service.listCommissionLines({ parent_order_id: event.data.id, kind: "sale" }, { take: null })
  if (!sales.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: parts } = await query.graph({ entity: "order", fields: ["id", "status"], filters: { id: sales.map((s) => s.order_id) } })
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const part of parts.filter((p: { status: string }) => p.status !== "canceled")) {
    const { errors } = await cancelVendorOrderWorkflow(container).run({ input: { order_id: part.id, reason: ORDER_CANCELLED_REASON }, throwOnError: false })
    if (errors.length) logger.warn(`Order ${event.data.id} cancelled: its part ${part.id} was not: ${errors[0].error?.message}`)
  }
}

export const config: SubscriberConfig = { event: "order.canceled" }
