import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { VendorEvents } from "../../events"
import { setVendorProductsVisibilityStep } from "../steps/set-vendor-products-visibility"
import { updateVendorStep } from "../steps/update-vendor"
import { STATUS_TRANSITIONS, validateStatusChangeStep, VendorStatusAction } from "../steps/validate-status-change"

export type ChangeVendorStatusInput = { vendor_id: string; action: VendorStatusAction; reason?: string | null }

export const changeVendorStatusWorkflowId = "change-vendor-status"

/** Approve, reject, suspend or reactivate a shop; suspension hides its products at once. */
export const changeVendorStatusWorkflow = createWorkflow(changeVendorStatusWorkflowId, (input: ChangeVendorStatusInput) => {
  validateStatusChangeStep(input)
  const update = transform({ input }, ({ input }) => ({
    id: input.vendor_id,
    status: STATUS_TRANSITIONS[input.action].to,
    status_reason: input.reason ?? null,
  }))
  const vendor = updateVendorStep(update)

  const { data: vendors } = useQueryGraphStep({
    entity: "vendor",
    fields: ["id", "products.id"],
    filters: { id: input.vendor_id },
  })
  const visibility = transform({ input, vendors }, ({ input, vendors }) => ({
    product_ids: (vendors[0]?.products ?? []).filter(Boolean).map((p: { id: string }) => p.id),
    visible: input.action === "reactivate",
  }))
  when({ input }, ({ input }) => input.action === "suspend" || input.action === "reactivate").then(() => {
    setVendorProductsVisibilityStep(visibility)
  })

  emitEventStep({
    eventName: VendorEvents.STATUS_CHANGED,
    data: transform({ input }, ({ input }) => ({ id: input.vendor_id, action: input.action, reason: input.reason ?? null })),
  })
  return new WorkflowResponse(vendor)
})
