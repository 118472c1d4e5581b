import type { MedusaResponse } from "@medusajs/framework/http"
import { ENGLISH_CONTENT_LOCALE } from "@rbv/kit"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"
import { vendorTranslatedText } from "../../../workflows/vendor/vendor-translation"
import { updateVendorProfileWorkflow } from "../../../workflows/vendor/workflows/update-vendor-profile"
import type { VendorRequest } from "../../utils/vendor-context"
import type { VendorUpdateMe } from "../validators"

async function respond(req: VendorRequest, res: MedusaResponse) {
  const service: VendorModuleService = req.scope.resolve(VENDOR_MODULE)
  const vendor = await service.retrieveVendor(req.vendor_context.vendor.id)
  const { commission_rate_bps, ...visible } = vendor
  res.json({
    vendor: {
      ...visible,
      // the shop's own English story (null: none, the shop shows the Italian)
      story_en: await vendorTranslatedText(req.scope, vendor.id, ENGLISH_CONTENT_LOCALE, "story"),
      commission_rate_bps: commission_rate_bps ?? null,
      commission_rate_in_force_bps: await service.commissionRateFor(vendor.id),
    },
    member: req.vendor_context.member,
  })
}

export const GET = async (req: VendorRequest, res: MedusaResponse) => respond(req, res)

export const POST = async (req: VendorRequest<VendorUpdateMe>, res: MedusaResponse) => {
  const { story_en, ...update } = req.validatedBody
  await updateVendorProfileWorkflow(req.scope).run({
    input: { vendor_id: req.vendor_context.vendor.id, update, english: story_en === undefined ? undefined : { story: story_en } },
  })
  return respond(req, res)
}
