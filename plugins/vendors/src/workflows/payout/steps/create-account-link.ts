import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { stripeClient } from "../../../lib/stripe"
import { refusal } from "@rbv/kit"

export const createAccountLinkStepId = "create-account-link"

/** A one-time onboarding address at Stripe; when it expires Stripe sends the maker to refresh_url. */
export const createAccountLinkStep = createStep(createAccountLinkStepId, async (input: { account_id: string; return_url: string; refresh_url: string }) => {
  const stripe = stripeClient()
  if (!stripe) throw refusal(MedusaError.Types.NOT_ALLOWED, "stripe_not_configured", "Stripe is not configured on this network")
  const link = await stripe.accountLinks.create({ account: input.account_id, return_url: input.return_url, refresh_url: input.refresh_url, type: "account_onboarding" })
  return new StepResponse({ url: link.url, expires_at: link.expires_at })
})
