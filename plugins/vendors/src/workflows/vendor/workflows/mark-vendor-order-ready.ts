import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, updateOrdersStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { VendorEvents } from "../../events"
import { validateReadyChangeStep } from "../steps/validate-ready-change"
import { validateVendorOwnsStep } from "../steps/validate-vendor-owns"

export type MarkVendorOrderReadyInput = { vendor_id: string; order_id: string; member_id: string; ready?: boolean }

export const markVendorOrderReadyWorkflowId = "mark-vendor-order-ready"

/**
 * The maker's part is packed and labelled (`ready`, the default) or, changing its mind before the
 * round starts, not yet (`ready: false`): the round page tells the riders which makers are ready.
 */
export const markVendorOrderReadyWorkflow = createWorkflow(markVendorOrderReadyWorkflowId, (input: MarkVendorOrderReadyInput) => {
  validateVendorOwnsStep({ vendor_id: input.vendor_id, order_id: input.order_id })
  const { data: current } = useQueryGraphStep({
    entity: "order",
    fields: ["id", "status", "metadata", "fulfillments.delivered_at"],
    filters: { id: input.order_id },
  })
  const ready = transform({ input }, ({ input }) => input.ready !== false)
  validateReadyChangeStep(transform({ current, ready }, ({ current, ready }) => ({ order: current[0], ready })))
  const orders = updateOrdersStep(
    transform({ input, current, ready }, ({ input, current, ready }) => ({
      selector: { id: input.order_id },
      update: {
        metadata: {
          ...(current[0]?.metadata ?? {}),
          ready_at: ready ? new Date().toISOString() : null,
          ready_by: ready ? input.member_id : null,
        },
      },
    }))
  )
  const event = transform({ input }, ({ input }) => ({ id: input.order_id }))
  when({ ready }, ({ ready }) => ready).then(() => {
    emitEventStep({ eventName: VendorEvents.ORDER_READY, data: event }).config({ name: "emit-vendor-order-ready" })
  })
  when({ ready }, ({ ready }) => !ready).then(() => {
    emitEventStep({ eventName: VendorEvents.ORDER_UNREADY, data: event }).config({ name: "emit-vendor-order-unready" })
  })
  return new WorkflowResponse(orders)
})
