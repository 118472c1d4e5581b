import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendSecretMail } from "@rbv/kit"
import { vendorInviteUrl, VendorMailTemplates } from "../../../lib/shop-mail"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export const sendVendorInviteStepId = "send-vendor-invite"

/**
 * The invite e-mail, sent from the workflow: the one-time token travels in the e-mail (and back
 * to the owner who invited), never in an event or in the notification Medusa keeps (it holds
 * «[sent]» in the link's place). A mail failure does not undo the invite: the owner has
 * the link to pass on.
 */
export const sendVendorInviteStep = createStep(
  sendVendorInviteStepId,
  async (input: { invite_id: string; vendor_id: string; email: string; role: "owner" | "member"; token: string }, { container }) => {
    try {
      const vendor = await (container.resolve(VENDOR_MODULE) as VendorModuleService).retrieveVendor(input.vendor_id)
      const data = { invite_id: input.invite_id, vendor_name: vendor.name, role: input.role }
      const sent = await sendSecretMail(container, [{ email: input.email, locale: vendor.mail_locale }], VendorMailTemplates.MEMBER_INVITED, { ...data, invite_url: vendorInviteUrl(input.token) }, {
        invite_url: vendorInviteUrl("[sent]"),
      })
      return new StepResponse({ sent: sent.length })
    } catch (err) {
      container.resolve(ContainerRegistrationKeys.LOGGER).warn(`The invite e-mail ${input.invite_id} could not be sent: ${(err as Error).message?.replace(input.token, "[token]")}`)
      return new StepResponse({ sent: 0 })
    }
  }
)
