import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { hashSecret, refusal } from "@rbv/kit"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export const consumeVendorInviteStepId = "consume-vendor-invite"

/** An invite works once, before it expires, for the address it was sent to. */
export const consumeVendorInviteStep = createStep(
  consumeVendorInviteStepId,
  async (input: { token: string; email: string }, { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const [invite] = await service.listVendorInvites({ token_hash: hashSecret(input.token) }, { take: 1, relations: ["vendor"] })
    if (!invite || invite.accepted_at || new Date(invite.expires_at) < new Date() || invite.email.toLowerCase() !== input.email.toLowerCase()) {
      throw refusal(MedusaError.Types.NOT_ALLOWED, "invite_invalid", "token: this invitation is not valid (used, expired or for another address)", "token")
    }
    await service.updateVendorInvites({ id: invite.id, accepted_at: new Date() })
    return new StepResponse({ vendor_id: invite.vendor.id, role: invite.role, email: invite.email }, invite.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    await service.updateVendorInvites({ id, accepted_at: null })
  }
)
