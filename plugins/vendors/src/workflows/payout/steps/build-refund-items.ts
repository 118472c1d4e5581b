import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"
import { toCents } from "../../../lib/money"
import { refundShares } from "../../../lib/payout-math"
import type { NewPayoutItem } from "./create-payout-items"

export const buildRefundItemsStepId = "build-refund-items"

/**
 * Every refund on a resident's payment becomes what each maker owes back (negative items).
 * Parts already cancelled (reversed in the ledger) absorb refunds first — their maker was
 * never paid for them — and the rest is shared among the other makers by their goods.
 */
export const buildRefundItemsStep = createStep(buildRefundItemsStepId, async (input: { payment_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: payments } = await query.graph({
    entity: "payment",
    fields: ["id", "currency_code", "refunds.id", "refunds.amount", "refunds.created_at", "payment_collection.order.id"],
    filters: { id: input.payment_id },
  })
  const payment = payments[0] as any
  const parentId: string | undefined = payment?.payment_collection?.order?.id
  if (!parentId) return new StepResponse([] as NewPayoutItem[])
  const vendors: VendorModuleService = container.resolve(VENDOR_MODULE)
  const lines = await vendors.listCommissionLines({ parent_order_id: parentId })
  const reversed = new Set(lines.filter((l) => l.kind === "reversal").map((l) => l.order_id))
  const active = lines.filter((l) => l.kind === "sale" && !reversed.has(l.order_id))
  let absorb = lines.filter((l) => l.kind === "sale" && reversed.has(l.order_id)).reduce((s, l) => s + l.gross, 0)

  const refunds = [...(payment.refunds ?? [])].sort((a: any, b: any) => +new Date(a.created_at) - +new Date(b.created_at) || String(a.id).localeCompare(String(b.id)))
  const items: NewPayoutItem[] = []
  for (const refund of refunds) {
    let amount = toCents(refund.amount)
    const taken = Math.min(absorb, amount)
    absorb -= taken
    amount -= taken
    if (amount <= 0 || !active.length) continue
    const shares = refundShares(amount, active.map((l) => ({ order_id: l.order_id, vendor_id: l.vendor_id, gross: l.gross, rate_bps: l.rate_bps })))
    for (const share of shares) {
      if (share.net === 0) continue
      items.push({
        vendor_id: share.vendor_id,
        kind: "refund",
        source_id: `${refund.id}:${share.order_id}`,
        order_id: share.order_id,
        parent_order_id: parentId,
        currency_code: payment.currency_code ?? active[0].currency_code,
        gross: share.gross,
        commission: share.commission,
        net: share.net,
        eligible_at: new Date(),
      })
    }
  }
  return new StepResponse(items)
})
