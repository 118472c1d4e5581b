import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { hashSecret, newSecretToken } from "@rbv/kit"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

const INVITE_DAYS = 7

export const createVendorInviteStepId = "create-vendor-invite"

export const createVendorInviteStep = createStep(
  createVendorInviteStepId,
  async (input: { vendor_id: string; email: string; role: "owner" | "member" }, { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const token = newSecretToken()
    const { token_hash: _stored, ...invite } = await service.createVendorInvites({
      ...input,
      token_hash: hashSecret(token),
      expires_at: new Date(Date.now() + INVITE_DAYS * 24 * 3600 * 1000),
    })
    // Only the hash is stored; the token goes back once, to the owner who passes the link on.
    return new StepResponse({ ...invite, token }, invite.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    await service.deleteVendorInvites(id)
  }
)
