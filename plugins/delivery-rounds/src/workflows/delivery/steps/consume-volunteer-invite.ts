import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { hashSecret, refusal } from "@rbv/kit"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

/** An invite works once, before it expires, for the address it was sent to. */
export const consumeVolunteerInviteStep = createStep(
  "consume-volunteer-invite",
  async (input: { token: string; email: string }, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const [volunteer] = await service.listVolunteers({ invite_token_hash: hashSecret(input.token) }, { take: 1 })
    if (
      !volunteer ||
      volunteer.has_login ||
      !volunteer.invite_expires_at ||
      new Date(volunteer.invite_expires_at) < new Date() ||
      volunteer.email !== input.email.trim().toLowerCase()
    ) {
      throw refusal(MedusaError.Types.NOT_ALLOWED, "invite_invalid", "token: this invitation is not valid (used, expired or for another address)", "token")
    }
    await service.updateVolunteers({ id: volunteer.id, has_login: true, invite_token_hash: null })
    return new StepResponse({ id: volunteer.id }, { id: volunteer.id, invite_token_hash: hashSecret(input.token) })
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.updateVolunteers({ ...previous, has_login: false })
  }
)
