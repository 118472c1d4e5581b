import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../../../modules/vendor"
import type VendorModuleService from "../../../../modules/vendor/service"
import type { VendorRequest } from "../../../utils/vendor-context"
import { startStripeOnboardingWorkflow } from "../../../../workflows/payout/workflows/start-stripe-onboarding"
import { refusal } from "@rbv/kit"

const storefrontUrl = () => (process.env.STOREFRONT_URL || `http://localhost:${process.env.STOREFRONT_PORT || 8000}`).replace(/\/$/, "")

/** The maker's onboarding address at Stripe; Stripe sends it back to /bottega/pagamenti. */
export const POST = async (req: VendorRequest, res: MedusaResponse) => {
  if (!process.env.STRIPE_API_KEY) throw refusal(MedusaError.Types.NOT_ALLOWED, "stripe_not_configured", "Stripe is not configured on this network")
  const vendors: VendorModuleService = req.scope.resolve(VENDOR_MODULE)
  const vendor = await vendors.retrieveVendor(req.vendor_context.vendor.id)
  const page = `${storefrontUrl()}/bottega/pagamenti`
  const { result } = await startStripeOnboardingWorkflow(req.scope).run({
    input: { vendor_id: vendor.id, email: vendor.email, name: vendor.name, return_url: `${page}?stripe=return`, refresh_url: `${page}?stripe=refresh` },
  })
  res.json({ url: result.link.url, expires_at: result.link.expires_at })
}
