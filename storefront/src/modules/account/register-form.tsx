"use client"

import { useActionState } from "react"
import { register } from "@/lib/actions/auth"
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state"
import { FormMessages } from "@/modules/common/form-messages"
import { useI18n } from "@/modules/common/i18n-provider"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextField } from "@/modules/common/text-field"

export function RegisterForm() {
  const { t } = useI18n()
  const [state, action] = useActionState(register, INITIAL_FORM_STATE)
  const v = state.values ?? {}
  const e = state.fieldErrors ?? {}
  return (
    <form action={action} className="auth-form">
      <FormMessages state={state} summary={t("errors.form_summary")} />
      <p className="muted">{t("checkout.all_required")}</p>
      <TextField name="first_name" autoComplete="given-name" required maxLength={80} label={t("account.register.first_name")} defaultValue={v.first_name} error={e.first_name} />
      <TextField name="last_name" autoComplete="family-name" required maxLength={80} label={t("account.register.last_name")} defaultValue={v.last_name} error={e.last_name} />
      <TextField name="email" type="email" autoComplete="email" required maxLength={254} label={t("checkout.email.label")} defaultValue={v.email} error={e.email} />
      <TextField
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={128}
        label={t("account.password")}
        hint={t("account.password_hint")}
        error={e.password}
      />
      <SubmitButton>{t("account.register.submit")}</SubmitButton>
    </form>
  )
}
