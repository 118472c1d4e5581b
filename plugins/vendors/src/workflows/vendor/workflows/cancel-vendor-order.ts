import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  cancelOrderWorkflow,
  deleteReservationsByLineItemsStep,
  emitEventStep,
  updateOrdersStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { VendorEvents } from "../../events"
import { reverseCommissionLinesStep } from "../steps/reverse-commission-lines"
import { validateChildOrderStep } from "../steps/validate-child-order"
import { validateVendorOwnsStep } from "../steps/validate-vendor-owns"

export type CancelVendorOrderInput = { order_id: string; reason: string; vendor_id?: string; canceled_by?: string }

export const cancelVendorOrderWorkflowId = "cancel-vendor-order"

/**
 * Cancels one maker's part of a resident's order: its child order, the stock its items held on
 * the parent, and its sale in the ledger. The other makers' parts are not touched.
 */
export const cancelVendorOrderWorkflow = createWorkflow(cancelVendorOrderWorkflowId, (input: CancelVendorOrderInput) => {
  when({ input }, ({ input }) => Boolean(input.vendor_id)).then(() => {
    validateVendorOwnsStep(transform({ input }, ({ input }) => ({ vendor_id: input.vendor_id!, order_id: input.order_id })))
  })
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: ["id", "status", "metadata", "items.id", "items.metadata", "fulfillments.delivered_at"],
    filters: { id: input.order_id },
  })
  validateChildOrderStep(transform({ orders }, ({ orders }) => ({ order: orders[0] })))

  cancelOrderWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ order_id: input.order_id, canceled_by: input.canceled_by })) })
  deleteReservationsByLineItemsStep(
    transform({ orders }, ({ orders }) =>
      (orders[0].items ?? []).map((i: { metadata?: Record<string, unknown> | null }) => i.metadata?.parent_line_item_id as string).filter(Boolean)
    )
  )
  reverseCommissionLinesStep({ order_id: input.order_id })
  updateOrdersStep(
    transform({ input, orders }, ({ input, orders }) => ({
      selector: { id: input.order_id },
      update: { metadata: { ...(orders[0].metadata ?? {}), cancel_reason: input.reason } },
    }))
  )
  emitEventStep({
    eventName: VendorEvents.ORDER_CANCELLED,
    data: transform({ input, orders }, ({ input, orders }) => ({
      id: input.order_id,
      parent_order_id: orders[0].metadata?.parent_order_id,
      reason: input.reason,
      // The maker's own cancel, or someone else's (the resident's or the coordinators'): the maker is then told.
      by: input.vendor_id ? "maker" : "network",
    })),
  })
  return new WorkflowResponse({ id: input.order_id })
})
