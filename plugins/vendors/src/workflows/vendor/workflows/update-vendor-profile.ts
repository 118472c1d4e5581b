import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { VendorEvents } from "../../events"
import { updateVendorStep } from "../steps/update-vendor"
import { validateClosureStep } from "../steps/validate-closure"

export type UpdateVendorProfileInput = {
  vendor_id: string
  update: {
    name?: string
    story?: string | null
    phone?: string | null
    logo_url?: string | null
    address_1?: string
    postal_code?: string
    lat?: number | null
    lng?: number | null
    closure_from?: Date | string | null
    closure_to?: Date | string | null
    closure_note?: string | null
  }
}

export const updateVendorProfileWorkflowId = "update-vendor-profile"

export const updateVendorProfileWorkflow = createWorkflow(updateVendorProfileWorkflowId, (input: UpdateVendorProfileInput) => {
  validateClosureStep(input.update)
  const update = transform({ input }, ({ input }) => ({ id: input.vendor_id, ...input.update }))
  const vendor = updateVendorStep(update)
  emitEventStep({ eventName: VendorEvents.UPDATED, data: transform({ input }, ({ input }) => ({ id: input.vendor_id })) })
  return new WorkflowResponse(vendor)
})
