import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  cancelOrderWorkflow,
  capturePaymentWorkflow,
  emitEventStep,
  refundPaymentWorkflow,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { fromCents } from "../../../lib/money"
import { orderPartsLockKey } from "../../../lib/order-parts-lock"
import { VendorEvents } from "../../events"
import { creditReleasedPartStep } from "../steps/credit-released-part"
import { ensureReleasedPartRefundReasonStep } from "../steps/ensure-released-part-refund-reason"
import { planPartReleaseStep, type PartRelease } from "../steps/plan-part-release"
import { setCaptureAmountStep } from "../steps/set-capture-amount"
import { cancelVendorOrderWorkflow, type CancelVendorOrderInput } from "./cancel-vendor-order"

export const releaseVendorPartWorkflowId = "release-vendor-part"

/**
 * A maker's part released from a resident's order (the maker cannot make it, a coordinator
 * cancels it, or a round's minimum was not reached): the part is
 * cancelled as a maker's cancellation is (child order, stock, commission reversed), and it leaves
 * the resident's order to the cent — a credit line takes it off the order's total (so the cash to
 * collect and the fund's share drop with it); a card gives it back (captured first if only
 * authorised — for what was due, never a weighed line's tolerance — then refunded through
 * Medusa's payment module; while a part still waits for its weights, the card is left to the
 * weighing, which captures the lower total). When no part is left the whole
 * order is cancelled (Medusa refunds or cancels its payment). The refund comes last: what fails
 * before it is compensated.
 */
export const releaseVendorPartWorkflow = createWorkflow(releaseVendorPartWorkflowId, (input: CancelVendorOrderInput) => {
  // Two makers released from one order at once: one after the other, so the second sees the first's credit.
  const { data: parts } = useQueryGraphStep({ entity: "order", fields: ["id", "metadata"], filters: { id: input.order_id } }).config({ name: "released-part" })
  const lockKey = transform({ parts, input }, ({ parts, input }) => orderPartsLockKey(parts, input.order_id))
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  cancelVendorOrderWorkflow.runAsStep({ input })
  const release = planPartReleaseStep({ order_id: input.order_id })

  when({ release }, ({ release }) => release.action === "cancel_order").then(() => {
    cancelOrderWorkflow.runAsStep({
      input: transform({ release, input }, ({ release, input }) => ({ order_id: release.parent_order_id!, canceled_by: input.canceled_by })),
    })
  })
  const reasonId = when({ release }, ({ release }) => Boolean(release.action === "credit" && release.card)).then(() => ensureReleasedPartRefundReasonStep({}))
  when({ release }, ({ release }) => release.action === "credit").then(() => {
    creditReleasedPartStep(
      transform({ release, input }, ({ release, input }) => ({
        order_id: release.parent_order_id!,
        vendor_id: release.vendor_id!,
        amount: release.amount,
        created_by: input.canceled_by,
      }))
    )
  })
  when({ release }, ({ release }) => Boolean(release.action === "credit" && release.card?.capture)).then(() => {
    const capture = transform({ release }, ({ release }) => ({ payment_id: release.card!.payment_id, amount: release.card!.capture! }))
    setCaptureAmountStep(capture)
    capturePaymentWorkflow.runAsStep({
      input: transform({ capture, input }, ({ capture, input }) => ({ payment_id: capture.payment_id, amount: fromCents(capture.amount), captured_by: input.canceled_by })),
    })
  })
  when({ release }, ({ release }) => Boolean(release.action === "credit" && release.card && release.card.refund > 0)).then(() => {
    refundPaymentWorkflow.runAsStep({
      input: transform({ release, reasonId, input }, ({ release, reasonId, input }) => ({
        payment_id: release.card!.payment_id,
        amount: fromCents(release.card!.refund),
        refund_reason_id: reasonId ?? undefined,
        created_by: input.canceled_by,
      })),
    })
  })
  when({ release }, ({ release }) => release.action !== "none").then(() => {
    emitEventStep({
      eventName: VendorEvents.PART_RELEASED,
      data: transform({ release, input }, ({ release, input }: { release: PartRelease; input: CancelVendorOrderInput }) => ({
        parent_order_id: release.parent_order_id,
        vendor_id: release.vendor_id,
        amount: release.amount,
        order_cancelled: release.action === "cancel_order",
        paid_before: release.paid_before,
        reason: input.reason,
        // Who let the part go: its maker (or the maker's own minimum), or the coordinators.
        by: input.vendor_id ? "maker" : "network",
      })),
    })
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(release)
})
