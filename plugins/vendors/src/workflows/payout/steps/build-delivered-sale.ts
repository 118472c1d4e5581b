import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import VendorOrderLink from "../../../links/vendor-order"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"
import { toCents } from "../../../lib/money"
import { eligibleAfterHold } from "../../../lib/payout-config"
import type { NewPayoutItem } from "./create-payout-items"

export const buildDeliveredSaleStepId = "build-delivered-sale"

/**
 * A delivered fulfillment → the sale item of the maker's child order it belongs to, from the
 * commission ledger. Fulfillments of other orders (a parent, an order without a maker) and
 * cancelled parts give nothing.
 */
export const buildDeliveredSaleStep = createStep(buildDeliveredSaleStepId, async (input: { fulfillment_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: fulfillments } = await query.graph({
    entity: "fulfillment",
    fields: ["id", "delivered_at", "order.id"],
    filters: { id: input.fulfillment_id },
  })
  const fulfillment = fulfillments[0] as any
  const orderId: string | undefined = fulfillment?.order?.id
  if (!orderId) return new StepResponse([] as NewPayoutItem[])
  const { data: links } = await query.graph({ entity: VendorOrderLink.entryPoint, fields: ["vendor_id"], filters: { order_id: orderId } })
  if (!links[0]) return new StepResponse([] as NewPayoutItem[])

  const vendors: VendorModuleService = container.resolve(VENDOR_MODULE)
  const lines = await vendors.listCommissionLines({ order_id: orderId })
  const sale = lines.find((l) => l.kind === "sale")
  if (!sale || lines.some((l) => l.kind === "reversal")) return new StepResponse([] as NewPayoutItem[])

  const { data: orders } = await query.graph({ entity: "order", fields: ["id", "shipping_methods.amount"], filters: { id: orderId } })
  const deliveryShare = ((orders[0] as any)?.shipping_methods ?? []).reduce((sum: number, m: any) => sum + toCents(m.amount), 0)
  const deliveredAt = fulfillment.delivered_at ? new Date(fulfillment.delivered_at) : new Date()

  return new StepResponse([
    {
      vendor_id: sale.vendor_id,
      kind: "sale" as const,
      source_id: orderId,
      order_id: orderId,
      parent_order_id: sale.parent_order_id,
      currency_code: sale.currency_code,
      gross: sale.gross,
      commission: sale.commission,
      fund_share: 0,
      delivery_share: deliveryShare,
      net: sale.gross - sale.commission,
      eligible_at: eligibleAfterHold(deliveredAt),
    },
  ])
})
