"use client"

import { useActionState } from "react"
import { saveEmail } from "@/lib/actions/checkout"
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state"
import { FormMessages } from "@/modules/common/form-messages"
import { useI18n } from "@/modules/common/i18n-provider"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextField } from "@/modules/common/text-field"

export function EmailStep({ email }: { email: string }) {
  const { t } = useI18n()
  const [state, action] = useActionState(saveEmail, INITIAL_FORM_STATE)
  return (
    <form action={action} className="checkout-form">
      <FormMessages state={state.ok ? { message: t("checkout.saved") } : state} summary={t("errors.form_summary")} />
      <TextField
        name="email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        label={t("checkout.email.label")}
        hint={t("checkout.email.hint")}
        defaultValue={state.values?.email ?? email}
        error={state.fieldErrors?.email}
      />
      <SubmitButton variant="secondary">{t("checkout.continue")}</SubmitButton>
    </form>
  )
}
