import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { VendorEvents } from "../../events"
import { consumeVendorInviteStep } from "../steps/consume-vendor-invite"
import { createVendorInviteStep } from "../steps/create-vendor-invite"
import { createVendorMemberStep } from "../steps/create-vendor-member"
import { sendVendorInviteStep } from "../steps/send-vendor-invite"

export type InviteVendorMemberInput = { vendor_id: string; email: string; role: "owner" | "member" }

export const inviteVendorMemberWorkflowId = "invite-vendor-member"

export const inviteVendorMemberWorkflow = createWorkflow(inviteVendorMemberWorkflowId, (input: InviteVendorMemberInput) => {
  const invite = createVendorInviteStep(input)
  sendVendorInviteStep(
    transform({ invite }, ({ invite }) => ({ invite_id: invite.id, vendor_id: invite.vendor_id, email: invite.email, role: invite.role, token: invite.token }))
  )
  emitEventStep({ eventName: VendorEvents.MEMBER_INVITED, data: transform({ invite }, ({ invite }) => ({ id: invite.id })) })
  return new WorkflowResponse(invite)
})

export type AcceptVendorInviteInput = {
  token: string
  auth_identity_id: string
  email: string
  first_name?: string | null
  last_name?: string | null
}

export const acceptVendorInviteWorkflowId = "accept-vendor-invite"

export const acceptVendorInviteWorkflow = createWorkflow(acceptVendorInviteWorkflowId, (input: AcceptVendorInviteInput) => {
  const invite = consumeVendorInviteStep({ token: input.token, email: input.email })
  const member = createVendorMemberStep(
    transform({ input, invite }, ({ input, invite }) => ({
      vendor_id: invite.vendor_id,
      email: invite.email,
      role: invite.role,
      first_name: input.first_name,
      last_name: input.last_name,
    }))
  )
  setAuthAppMetadataStep({ authIdentityId: input.auth_identity_id, actorType: "vendor", value: member.id })
  return new WorkflowResponse(member)
})
