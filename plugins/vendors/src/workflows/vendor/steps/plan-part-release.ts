import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sumCents, toCents } from "../../../lib/money"
import { partsAwaitingWeights } from "../../../lib/parts-awaiting-weights"
import { RELEASED_PART_REFERENCE } from "../../../lib/released-part"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"
import { CASH_PROVIDER_ID } from "../../payout/steps/find-cash-payment"

export const planPartReleaseStepId = "plan-vendor-part-release"

/**
 * What releasing a cancelled maker's part does to the resident's order: `credit` takes the part
 * (cents, the sale in the ledger) off the order's total; `cancel_order` when no maker's part is left
 * (the whole order goes, its payment refunded or cancelled by Medusa); `none` when already done.
 * `card`: a card payment gives the part back — when only authorised, first captured for what
 * the order came to before the release (`capture`, cents: never the tolerance authorised for
 * weighed lines), then the part refunded. Only authorised with parts still to weigh: no card
 * step at all — the order's total drops and the last weighing captures the final amount.
 */
export type PartRelease = {
  action: "none" | "credit" | "cancel_order"
  parent_order_id: string | null
  vendor_id: string | null
  amount: number
  card: { payment_id: string; capture: number | null; refund: number } | null
  paid_before: boolean
}

const NOTHING: PartRelease = { action: "none", parent_order_id: null, vendor_id: null, amount: 0, card: null, paid_before: false }


export const planPartReleaseStep = createStep(planPartReleaseStepId, async (input: { order_id: string }, { container }) => {
  const service: VendorModuleService = container.resolve(VENDOR_MODULE)
  const [sale] = await service.listCommissionLines({ order_id: input.order_id, kind: "sale" }, { take: 1 })
  if (!sale) return new StepResponse(NOTHING)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "total",
      "credit_lines.reference",
      "credit_lines.reference_id",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.captures.amount",
      "payment_collections.payments.refunds.amount",
    ],
    filters: { id: sale.parent_order_id },
  })
  const parent = data[0] as any
  if (!parent || parent.status === "canceled") return new StepResponse(NOTHING)
  const released = (parent.credit_lines ?? []).some((c: any) => c.reference === RELEASED_PART_REFERENCE && c.reference_id === sale.vendor_id)
  if (released) return new StepResponse(NOTHING)

  const base = { parent_order_id: sale.parent_order_id, vendor_id: sale.vendor_id, amount: sale.gross }
  // Every maker's part of the order cancelled: nothing left to deliver, the order itself goes.
  const sales = await service.listCommissionLines({ parent_order_id: sale.parent_order_id, kind: "sale" }, { take: null })
  const { data: parts } = await query.graph({ entity: "order", fields: ["id", "status"], filters: { id: sales.map((s) => s.order_id) } })
  if (parts.every((p: any) => p.status === "canceled")) return new StepResponse<PartRelease>({ ...base, action: "cancel_order", card: null, paid_before: false })

  const payment = (parent.payment_collections ?? [])
    .flatMap((c: any) => c.payments ?? [])
    .find((p: any) => p.provider_id !== CASH_PROVIDER_ID && !p.canceled_at)
  if (!payment) return new StepResponse<PartRelease>({ ...base, action: "credit", card: null, paid_before: false })
  const captured = sumCents(payment.captures)
  if (!captured && (await partsAwaitingWeights(container, parent.id)).length) {
    return new StepResponse<PartRelease>({ ...base, action: "credit", card: null, paid_before: false })
  }
  const capture = captured ? null : toCents(parent.total)
  const refundable = captured ? captured - sumCents(payment.refunds) : capture!
  return new StepResponse<PartRelease>({
    ...base,
    action: "credit",
    card: { payment_id: payment.id, capture, refund: Math.min(sale.gross, refundable) },
    paid_before: captured > 0,
  })
})
