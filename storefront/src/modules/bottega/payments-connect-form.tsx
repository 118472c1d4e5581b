"use client"

import { startStripeOnboarding } from "@/lib/actions/vendor-payments"
import { ActionForm, useFormAction } from "@/modules/common/action-form"
import { SubmitButton } from "@/modules/common/submit-button"

/** Sends the owner to Stripe's Express onboarding (a new account, or the missing details). */
export function PaymentsConnectForm({ resume }: { resume: boolean }) {
  const form = useFormAction(startStripeOnboarding)
  const { t } = form
  return (
    <ActionForm form={form} summary>
      <SubmitButton>{resume ? t("payments.stripe.resume") : t("payments.stripe.connect")}</SubmitButton>
    </ActionForm>
  )
}
