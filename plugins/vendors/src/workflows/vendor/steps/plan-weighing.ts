import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal, whyWeighingRefused } from "@rbv/kit"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { commissionOf, fromCents, sumCents, toCents } from "../../../lib/money"
import { partsAwaitingWeights } from "../../../lib/parts-awaiting-weights"
import { weighLine, weightPricingOf, type WeighedAmount } from "../../../lib/weight-pricing"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"
import { CASH_PROVIDER_ID } from "../../payout/steps/find-cash-payment"

export const planWeighingStepId = "plan-vendor-part-weighing"

export type WeighingInput = { order_id: string; lines: { item_id: string; grams: number }[] }

type LineUpdate = { id: string; quantity: number; unit_price: number; metadata: Record<string, unknown> }

export type WeighedLine = WeighedAmount & { item_id: string; title: string; quantity: number; grams: number }

export type WeighingPlan = {
  parent_order_id: string
  child_order_id: string
  vendor_id: string
  lines: WeighedLine[]
  child_items: LineUpdate[]
  parent_items: LineUpdate[]
  /** The maker's sale in the commission ledger, re-priced: gross of the weighed part, commission at the same rate. */
  sale: { id: string; gross: number; commission: number; net: number }
  /** Cents: the resident's order total before and after (what a card captures, what is collected at the door). */
  total_before: number
  total_after: number
  /** A card authorised at checkout is captured once every weighed part of the order is weighed: the final amount. */
  capture: { payment_id: string; amount: number } | null
  /** A correction that lowers an order whose card was already charged: what goes back to it (cents). */
  refund: { payment_id: string; amount: number } | null
  /** The part had been weighed before: this weighing corrects it. */
  corrected: boolean
  /** Pay on delivery: the payment becomes the new total, what is collected at the door. */
  cash: { payment_id: string; payment_collection_id: string; amount: number } | null
}

// A typo (kg typed as g, a stray zero) is far from the estimate: more than this many times it is refused.
const MAX_TIMES_ESTIMATE = 5

/** A refused weighing names the line's field: `lines.<n>.grams`, `lines.<n>.item_id` or `lines`. */
const refuse = (code: string, field: string, message: string) => refusal(MedusaError.Types.INVALID_DATA, code, message, field)

/**
 * What the weights a maker entered for its part of a resident's order change, to the cent: each
 * weighed line's price (the real weight, capped at the estimate + tolerance) on the maker's child
 * order and on the resident's order, the sale in the ledger, the order total, and whether the card
 * is now captured. A part weighed already is corrected the same way, from the amounts of its
 * first weighing (each line's estimate and tolerance stay those agreed at checkout); a card
 * already charged gives back what a lower weight takes off, and cannot be charged more. Refuses
 * (naming the field) lines that are not this part's weighed lines, missing ones, weights far from
 * the estimate, a part that can no longer be weighed (can_weigh's rule: cancelled, handed over,
 * delivered), an order already paid, and an amount above what the card authorised.
 */
export const planWeighingStep = createStep(planWeighingStepId, async (input: WeighingInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: children } = await query.graph({ entity: "order", fields: ["id", "status", "metadata", "items.*", "fulfillments.delivered_at"], filters: { id: input.order_id } })
  const child = children[0] as any
  const parentId = child?.metadata?.parent_order_id as string | undefined
  if (!parentId) throw refusal(MedusaError.Types.NOT_FOUND, "order_not_found", `order ${input.order_id} was not found`, "order_id")
  const weighable = (child.items ?? []).filter((i: any) => weightPricingOf(i.metadata))
  // The rule of the maker's screens' can_weigh: while the goods are still in the workshop.
  const refused = whyWeighingRefused({
    status: child.status,
    has_weighed_lines: weighable.length > 0,
    weighed_at: child.metadata?.weighed_at ?? null,
    handed_over_at: child.metadata?.handed_over_at ?? null,
    delivered: (child.fulfillments ?? []).some((f: any) => f?.delivered_at),
  })
  if (refused) throw refusal(MedusaError.Types.NOT_ALLOWED, refused.code, refused.message, refused.field)
  const seen = new Set<string>()
  input.lines.forEach((line, n) => {
    const item = weighable.find((i: any) => i.id === line.item_id)
    if (!item) throw refuse("unknown_line", `lines.${n}.item_id`, `lines.${n}.item_id: ${line.item_id} is not a line sold by weight of this order`)
    if (seen.has(line.item_id)) throw refuse("line_weighed_twice", `lines.${n}.item_id`, `lines.${n}.item_id: ${line.item_id} is weighed twice`)
    seen.add(line.item_id)
    const wp = weightPricingOf(item.metadata)!
    if (line.grams > wp.unit_grams * Number(item.quantity) * MAX_TIMES_ESTIMATE) {
      throw refuse("weight_out_of_range", `lines.${n}.grams`, `lines.${n}.grams: ${line.grams} g is far from the estimate (${wp.unit_grams * Number(item.quantity)} g): check the weight`)
    }
  })
  const missing = weighable.filter((i: any) => !seen.has(i.id))
  if (missing.length) throw refuse("lines_missing", "lines", `lines: weigh every line sold by weight (missing ${missing.map((i: any) => i.id).join(", ")})`)

  const { data: parents } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "total",
      "items.*",
      "payment_collections.id",
      "payment_collections.payments.id",
      "payment_collections.payments.amount",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.captures.amount",
      "payment_collections.payments.refunds.amount",
    ],
    filters: { id: parentId },
  })
  const parent = parents[0] as any
  if (!parent || parent.status === "canceled") throw refusal(MedusaError.Types.NOT_ALLOWED, "order_cancelled", "order: the resident's order is cancelled", "order")
  const payments = (parent.payment_collections ?? []).flatMap((c: any) => c.payments ?? []).filter((p: any) => !p.canceled_at)
  const corrected = Boolean(child.metadata?.weighed_at)
  const card = payments.find((p: any) => p.provider_id !== CASH_PROVIDER_ID)
  const charged = card ? sumCents(card.captures) - sumCents(card.refunds) : 0
  // Paid at the door, or by a card charged before anything was weighed: the amount is settled.
  if (payments.some((p: any) => sumCents(p.captures) > 0) && !(corrected && card && charged > 0)) {
    throw refusal(MedusaError.Types.NOT_ALLOWED, "order_already_paid", "order: the resident has already paid this order; the weights can no longer change its amount", "order")
  }

  const lines: WeighedLine[] = input.lines.map((line) => {
    const item = weighable.find((i: any) => i.id === line.item_id)
    const quantity = Number(item.quantity)
    // A line weighed before keeps the estimate it was ordered at (its unit price now carries the weighed amount).
    const estimate = Number.isInteger(item.metadata?.weighed_estimate) ? (item.metadata.weighed_estimate as number) : toCents(item.unit_price) * quantity
    return { item_id: item.id, title: [item.product_title ?? item.title, item.variant_title].filter(Boolean).join(" · "), quantity, grams: line.grams, ...weighLine(weightPricingOf(item.metadata)!, estimate, line.grams) }
  })
  // What each line costs now: its weighed amount when weighed before, its estimate otherwise.
  const currentOf = (itemId: string, estimate: number) => {
    const m = weighable.find((i: any) => i.id === itemId)?.metadata ?? {}
    return Number.isInteger(m.weighed_amount) ? (m.weighed_amount as number) : estimate
  }
  const delta = lines.reduce((s, l) => s + l.amount - currentOf(l.item_id, l.estimate), 0)
  const update = (id: string, l: WeighedLine): LineUpdate => ({
    id,
    quantity: l.quantity,
    // A line keeps its quantity; its unit price carries the weighed amount (Medusa keeps the exact decimal).
    unit_price: fromCents(l.amount) / l.quantity,
    metadata: { weighed_grams: l.grams, weighed_amount: l.amount, weighed_estimate: l.estimate, weighed_capped: l.capped },
  })
  const child_items = lines.map((l) => update(l.item_id, l))
  const parent_items = lines.map((l) => {
    const childItem = weighable.find((i: any) => i.id === l.item_id)
    const parentItemId = childItem.metadata?.parent_line_item_id as string
    if (!(parent.items ?? []).some((i: any) => i.id === parentItemId)) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `The resident's line of ${l.item_id} is missing`)
    return update(parentItemId, l)
  })

  const service: VendorModuleService = container.resolve(VENDOR_MODULE)
  const [sale] = await service.listCommissionLines({ order_id: child.id, kind: "sale" }, { take: 1 })
  if (!sale) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `The sale of ${child.id} is not in the ledger yet`)
  const gross = sale.gross + delta
  const commission = commissionOf(gross, sale.rate_bps)

  const total_before = toCents(parent.total)
  const total_after = total_before + delta
  // The card is captured when this was the last part still to weigh: the other weighed parts are weighed already.
  const othersWaiting = (await partsAwaitingWeights(container, parentId, child.id)).length > 0
  const cashCollection = (parent.payment_collections ?? []).find((c: any) => (c.payments ?? []).some((p: any) => p.provider_id === CASH_PROVIDER_ID && !p.canceled_at))
  const cashPayment = cashCollection?.payments.find((p: any) => p.provider_id === CASH_PROVIDER_ID && !p.canceled_at)
  const authorised = card ? toCents(card.amount) : 0
  if (card && total_after > authorised) {
    throw refuse("above_authorisation", "lines", `lines: the order would come to ${fromCents(total_after).toFixed(2)}, more than the ${fromCents(authorised).toFixed(2)} the resident's card authorised`)
  }
  // A card charged already (every part weighed) is not charged again: a correction gives back, never takes more.
  if (card && charged > 0 && total_after > charged) {
    throw refuse("correction_above_charged", "lines", `lines: the card was charged ${fromCents(charged).toFixed(2)} when the order was weighed; a correction can lower it, not raise it (here to ${fromCents(total_after).toFixed(2)})`)
  }
  const capture = card && charged === 0 && !othersWaiting ? { payment_id: card.id as string, amount: total_after } : null
  const refund = card && charged > total_after ? { payment_id: card.id as string, amount: charged - total_after } : null

  return new StepResponse<WeighingPlan>({
    parent_order_id: parentId,
    child_order_id: child.id,
    vendor_id: sale.vendor_id,
    lines,
    child_items,
    parent_items,
    sale: { id: sale.id, gross, commission, net: gross - commission },
    total_before,
    total_after,
    capture,
    refund,
    corrected,
    cash: cashPayment ? { payment_id: cashPayment.id, payment_collection_id: cashCollection.id, amount: total_after } : null,
  })
})
