import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { hashSecret, newSecretToken, refusal } from "@rbv/kit"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"

export const INVITE_DAYS = 14

export type CreateVolunteerInput = { name: string; email: string; phone?: string | null; role?: "rider" | "planner" }

/** A volunteer with a one-time invite; only the token's hash is stored. */
export const createVolunteerStep = createStep(
  "create-volunteer",
  async (input: CreateVolunteerInput, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const email = input.email.trim().toLowerCase()
    if ((await service.listVolunteers({ email }, { take: 1 })).length) {
      throw refusal(MedusaError.Types.DUPLICATE_ERROR, "email_taken", "email: a volunteer with this address already exists", "email")
    }
    const token = newSecretToken()
    const volunteer = await service.createVolunteers({
      ...input,
      email,
      invite_token_hash: hashSecret(token),
      invite_expires_at: new Date(Date.now() + INVITE_DAYS * 86_400_000),
    })
    const { invite_token_hash: _hidden, ...visible } = volunteer as any
    return new StepResponse({ volunteer: visible, invite_token: token }, volunteer.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.deleteVolunteers(id)
  }
)
