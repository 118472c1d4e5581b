"use client"

import { useActionState } from "react"
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state"
import { startStripeOnboarding } from "@/lib/actions/vendor-payments"
import { FormMessages } from "@/modules/common/form-messages"
import { useI18n } from "@/modules/common/i18n-provider"
import { SubmitButton } from "@/modules/common/submit-button"

/** Sends the owner to Stripe's Express onboarding (a new account, or the missing details). */
export function PaymentsConnectForm({ resume }: { resume: boolean }) {
  const { t } = useI18n()
  const [state, action] = useActionState(startStripeOnboarding, INITIAL_FORM_STATE)
  return (
    <form action={action}>
      <FormMessages state={state} summary={t("errors.form_summary")} />
      <SubmitButton>{resume ? t("payments.stripe.resume") : t("payments.stripe.connect")}</SubmitButton>
    </form>
  )
}
