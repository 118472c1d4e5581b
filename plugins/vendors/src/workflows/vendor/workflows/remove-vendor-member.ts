import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeVendorMemberStep } from "../steps/remove-vendor-member"
import { unlinkVendorLoginStep } from "../steps/unlink-vendor-login"
import { validateMemberRemovalStep } from "../steps/validate-member-removal"

export type RemoveVendorMemberInput = { vendor_id: string; member_id: string; removed_by: string }

export const removeVendorMemberWorkflowId = "remove-vendor-member"

/** An owner removes a member of the shop: the member's access ends at once, the login stays a plain login. */
export const removeVendorMemberWorkflow = createWorkflow(removeVendorMemberWorkflowId, (input: RemoveVendorMemberInput) => {
  const member = validateMemberRemovalStep(input)
  removeVendorMemberStep(member)
  unlinkVendorLoginStep(transform({ member }, ({ member }) => ({ member_id: member.id })))
  return new WorkflowResponse(member)
})
