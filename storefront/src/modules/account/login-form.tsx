"use client"

import { login } from "@/lib/actions/auth"
import { ActionForm, useFormAction } from "@/modules/common/action-form"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextField } from "@/modules/common/text-field"

export function LoginForm({ next }: { next?: string }) {
  const form = useFormAction(login)
  const { t, state } = form
  return (
    <ActionForm form={form} summary className="auth-form">
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField name="email" type="email" autoComplete="email" required maxLength={254} label={t("checkout.email.label")} defaultValue={state.values?.email} error={state.fieldErrors?.email} />
      <TextField name="password" type="password" autoComplete="current-password" required label={t("account.password")} error={state.fieldErrors?.password} />
      <SubmitButton>{t("account.login.submit")}</SubmitButton>
    </ActionForm>
  )
}
