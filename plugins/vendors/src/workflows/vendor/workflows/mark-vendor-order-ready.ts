import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, updateOrdersStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { VendorEvents } from "../../events"
import { validateVendorOwnsStep } from "../steps/validate-vendor-owns"

export type MarkVendorOrderReadyInput = { vendor_id: string; order_id: string; member_id: string }

export const markVendorOrderReadyWorkflowId = "mark-vendor-order-ready"

/** The maker's part is packed and labelled: the round can collect it. */
export const markVendorOrderReadyWorkflow = createWorkflow(markVendorOrderReadyWorkflowId, (input: MarkVendorOrderReadyInput) => {
  validateVendorOwnsStep({ vendor_id: input.vendor_id, order_id: input.order_id })
  const { data: current } = useQueryGraphStep({ entity: "order", fields: ["id", "metadata"], filters: { id: input.order_id } })
  const orders = updateOrdersStep(
    transform({ input, current }, ({ input, current }) => ({
      selector: { id: input.order_id },
      update: { metadata: { ...(current[0]?.metadata ?? {}), ready_at: new Date().toISOString(), ready_by: input.member_id } },
    }))
  )
  emitEventStep({ eventName: VendorEvents.ORDER_READY, data: transform({ input }, ({ input }) => ({ id: input.order_id })) })
  return new WorkflowResponse(orders)
})
