import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { VendorEvents } from "../../events"
import { createVendorMemberStep } from "../steps/create-vendor-member"
import { createVendorStep, CreateVendorStepInput } from "../steps/create-vendor"

export type ApplyVendorInput = {
  auth_identity_id: string
  vendor: Omit<CreateVendorStepInput, "status">
  member: { email: string; first_name?: string | null; last_name?: string | null }
}

export const applyVendorWorkflowId = "apply-vendor"

/** An artisan's application: a pending shop, its owner, and the login tied to that owner. */
export const applyVendorWorkflow = createWorkflow(applyVendorWorkflowId, (input: ApplyVendorInput) => {
  const vendorData = transform({ input }, ({ input }) => ({ ...input.vendor, status: "pending" as const }))
  const vendor = createVendorStep(vendorData)
  const memberData = transform({ input, vendor }, ({ input, vendor }) => ({
    ...input.member,
    vendor_id: vendor.id,
    role: "owner" as const,
  }))
  const member = createVendorMemberStep(memberData)
  setAuthAppMetadataStep({ authIdentityId: input.auth_identity_id, actorType: "vendor", value: member.id })
  emitEventStep({ eventName: VendorEvents.APPLIED, data: { id: vendor.id } })
  return new WorkflowResponse({ vendor, member })
})
