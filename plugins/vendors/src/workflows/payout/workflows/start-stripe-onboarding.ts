import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createAccountLinkStep } from "../steps/create-account-link"
import { ensureConnectedAccountStep } from "../steps/ensure-connected-account"

export const startStripeOnboardingWorkflowId = "start-stripe-onboarding"

export type StartStripeOnboardingInput = { vendor_id: string; email: string; name: string; return_url: string; refresh_url: string }

/** Opens (or reopens) the maker's Express onboarding at Stripe. */
export const startStripeOnboardingWorkflow = createWorkflow(startStripeOnboardingWorkflowId, (input: StartStripeOnboardingInput) => {
  const account = ensureConnectedAccountStep(transform({ input }, ({ input }) => ({ vendor_id: input.vendor_id, email: input.email, name: input.name })))
  const link = createAccountLinkStep(
    transform({ account, input }, ({ account, input }) => ({ account_id: account.stripe_account_id!, return_url: input.return_url, refresh_url: input.refresh_url }))
  )
  return new WorkflowResponse({ account, link })
})
