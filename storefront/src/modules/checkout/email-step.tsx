"use client"

import { saveEmail } from "@/lib/actions/checkout"
import { useFormAction } from "@/modules/common/action-form"
import { FormMessages } from "@/modules/common/form-messages"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextField } from "@/modules/common/text-field"

export function EmailStep({ email }: { email: string }) {
  const { t, state, action, field } = useFormAction(saveEmail)
  return (
    <form action={action} className="checkout-form">
      <FormMessages state={state.ok ? { message: t("checkout.saved") } : state} summary={t("errors.form_summary")} />
      <TextField {...field("email", email)} type="email" autoComplete="email" required maxLength={254} label={t("checkout.email.label")} hint={t("checkout.email.hint")} />
      <SubmitButton variant="secondary">{t("checkout.continue")}</SubmitButton>
    </form>
  )
}
