import crypto from "node:crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

const INVITE_DAYS = 7

export const createVendorInviteStepId = "create-vendor-invite"

export const createVendorInviteStep = createStep(
  createVendorInviteStepId,
  async (input: { vendor_id: string; email: string; role: "owner" | "member" }, { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const invite = await service.createVendorInvites({
      ...input,
      token: crypto.randomBytes(24).toString("base64url"),
      expires_at: new Date(Date.now() + INVITE_DAYS * 24 * 3600 * 1000),
    })
    return new StepResponse(invite, invite.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    await service.deleteVendorInvites(id)
  }
)
