import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../events"
import { consumeVolunteerInviteStep } from "../steps/consume-volunteer-invite"
import { createVolunteerStep, type CreateVolunteerInput } from "../steps/create-volunteer"
import { sendVolunteerInviteStep } from "../steps/send-volunteer-invite"

export const inviteVolunteerWorkflowId = "invite-volunteer"

/** A coordinator invites a volunteer; the invite token goes to them once (the e-mail carries it). */
export const inviteVolunteerWorkflow = createWorkflow(inviteVolunteerWorkflowId, (input: CreateVolunteerInput) => {
  const created = createVolunteerStep(input)
  sendVolunteerInviteStep(
    transform({ created }, ({ created }) => ({ volunteer_id: created.volunteer.id, email: created.volunteer.email, token: created.invite_token }))
  )
  emitEventStep({ eventName: DeliveryEvents.VOLUNTEER_INVITED, data: transform({ created }, ({ created }) => ({ id: created.volunteer.id })) })
  return new WorkflowResponse(created)
})

export const acceptVolunteerInviteWorkflowId = "accept-volunteer-invite"

/** The invited volunteer, registered with e-mail + password, becomes the `volunteer` actor. */
export const acceptVolunteerInviteWorkflow = createWorkflow(
  acceptVolunteerInviteWorkflowId,
  (input: { token: string; email: string; auth_identity_id: string }) => {
    const volunteer = consumeVolunteerInviteStep(input)
    setAuthAppMetadataStep(
      transform({ input, volunteer }, ({ input, volunteer }) => ({ authIdentityId: input.auth_identity_id, actorType: "volunteer", value: volunteer.id }))
    )
    return new WorkflowResponse(volunteer)
  }
)
