import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendSecretMail } from "@rbv/kit"
import { DeliveryTemplates, inviteUrl } from "../../../lib/notify"

export const sendVolunteerInviteStepId = "send-volunteer-invite"

/**
 * The invite e-mail, sent from the workflow itself: the one-time token travels in the e-mail
 * and nowhere else — not in an event payload (events may sit in Redis, or reach any plugin's
 * subscribers), and not in the notification record Medusa keeps (it holds «[sent]» in the
 * link's place). A mail failure does not undo the invite: the coordinator has the link.
 */
export const sendVolunteerInviteStep = createStep(
  sendVolunteerInviteStepId,
  async (input: { volunteer_id: string; email: string; token: string }, { container }) => {
    try {
      const sent = await sendSecretMail(
        container,
        [{ email: input.email }],
        DeliveryTemplates.VOLUNTEER_INVITED,
        { volunteer_id: input.volunteer_id, invite_url: inviteUrl(input.token) },
        { invite_url: inviteUrl("[sent]") }
      )
      return new StepResponse({ sent: sent.length })
    } catch (err) {
      container.resolve(ContainerRegistrationKeys.LOGGER).warn(`The invite e-mail to volunteer ${input.volunteer_id} could not be sent: ${(err as Error).message?.replace(input.token, "[token]")}`)
      return new StepResponse({ sent: 0 })
    }
  }
)
