"use client"

import { useActionState } from "react"
import { login } from "@/lib/actions/auth"
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state"
import { FormMessages } from "@/modules/common/form-messages"
import { useI18n } from "@/modules/common/i18n-provider"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextField } from "@/modules/common/text-field"

export function LoginForm({ next }: { next?: string }) {
  const { t } = useI18n()
  const [state, action] = useActionState(login, INITIAL_FORM_STATE)
  return (
    <form action={action} className="auth-form">
      <FormMessages state={state} summary={t("errors.form_summary")} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField name="email" type="email" autoComplete="email" required maxLength={254} label={t("checkout.email.label")} defaultValue={state.values?.email} error={state.fieldErrors?.email} />
      <TextField name="password" type="password" autoComplete="current-password" required label={t("account.password")} error={state.fieldErrors?.password} />
      <SubmitButton>{t("account.login.submit")}</SubmitButton>
    </form>
  )
}
