import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, capturePaymentWorkflow, emitEventStep, refundPaymentWorkflow, releaseLockStep, updateOrdersStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { fromCents } from "../../../lib/money"
import { orderPartsLockKey } from "../../../lib/order-parts-lock"
import { VendorEvents } from "../../events"
import { planWeighingStep, type WeighingPlan } from "../steps/plan-weighing"
import { repriceOrderLinesStep } from "../steps/reprice-order-lines"
import { repriceSaleStep } from "../steps/reprice-sale"
import { setCaptureAmountStep } from "../steps/set-capture-amount"
import { setCashDueStep } from "../steps/set-cash-due"
import { validateVendorOwnsStep } from "../steps/validate-vendor-owns"

export type RecordVendorWeightsInput = { vendor_id: string; member_id: string; order_id: string; lines: { item_id: string; grams: number }[] }

export const recordVendorWeightsWorkflowId = "record-vendor-weights"

/**
 * The maker weighed its part of a resident's order when packing. Each weighed line takes the
 * price of its real weight (capped at the estimate + tolerance) on the maker's child order and on
 * the resident's order through Medusa order changes; the sale in the ledger follows (so the payout
 * and the fund's share do); the order's new total is what is collected at the door, or — once every
 * weighed part of the order is weighed — what the card authorised at checkout is captured for,
 * exactly. Weighed again before it leaves the workshop, a part is corrected the same way (a card
 * already charged gets back what a lower weight takes off). One part at a time per resident's
 * order (the same lock as a released part).
 */
export const recordVendorWeightsWorkflow = createWorkflow(recordVendorWeightsWorkflowId, (input: RecordVendorWeightsInput) => {
  validateVendorOwnsStep({ vendor_id: input.vendor_id, order_id: input.order_id })
  const { data: parts } = useQueryGraphStep({ entity: "order", fields: ["id", "metadata"], filters: { id: input.order_id } }).config({ name: "weighed-part" })
  const lockKey = transform({ parts, input }, ({ parts, input }) => orderPartsLockKey(parts, input.order_id))
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const plan = planWeighingStep({ order_id: input.order_id, lines: input.lines })

  repriceOrderLinesStep(transform({ plan, input }, ({ plan, input }) => ({ order_id: plan.child_order_id, items: plan.child_items, created_by: input.member_id }))).config({
    name: "reprice-child-order-lines",
  })
  repriceOrderLinesStep(transform({ plan, input }, ({ plan, input }) => ({ order_id: plan.parent_order_id, items: plan.parent_items, created_by: input.member_id }))).config({
    name: "reprice-parent-order-lines",
  })
  repriceSaleStep(transform({ plan }, ({ plan }) => plan.sale))
  updateOrdersStep(
    transform({ plan, parts, input }, ({ plan, parts, input }) => ({
      selector: { id: plan.child_order_id },
      update: { metadata: { ...((parts[0] as any)?.metadata ?? {}), weighed_at: new Date().toISOString(), weighed_by: input.member_id } },
    }))
  )
  when({ plan }, ({ plan }) => Boolean(plan.cash)).then(() => {
    setCashDueStep(transform({ plan }, ({ plan }) => plan.cash!))
  })
  // Last, as in a released part: what fails before it is compensated; a capture is not.
  when({ plan }, ({ plan }) => Boolean(plan.capture)).then(() => {
    setCaptureAmountStep(transform({ plan }, ({ plan }) => plan.capture!))
    capturePaymentWorkflow.runAsStep({
      input: transform({ plan, input }, ({ plan, input }) => ({ payment_id: plan.capture!.payment_id, amount: fromCents(plan.capture!.amount), captured_by: input.member_id })),
    })
  })
  when({ plan }, ({ plan }) => Boolean(plan.refund)).then(() => {
    refundPaymentWorkflow.runAsStep({
      input: transform({ plan, input }, ({ plan, input }) => ({ payment_id: plan.refund!.payment_id, amount: fromCents(plan.refund!.amount), created_by: input.member_id, note: "weight corrected" })),
    })
  })
  emitEventStep({
    eventName: VendorEvents.PART_WEIGHED,
    data: transform({ plan }, ({ plan }: { plan: WeighingPlan }) => ({
      parent_order_id: plan.parent_order_id,
      order_id: plan.child_order_id,
      vendor_id: plan.vendor_id,
      total_before: plan.total_before,
      total_after: plan.total_after,
      captured: plan.capture?.amount ?? null,
      refunded: plan.refund?.amount ?? null,
      corrected: plan.corrected,
      lines: plan.lines.map(({ title, quantity, grams, estimate, amount, capped }) => ({ title, quantity, grams, estimate, amount, capped })),
    })),
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(plan)
})
