"use client"

import { register } from "@/lib/actions/auth"
import { ActionForm, useFormAction } from "@/modules/common/action-form"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextField } from "@/modules/common/text-field"

export function RegisterForm() {
  const form = useFormAction(register)
  const { t, v, e } = form
  return (
    <ActionForm form={form} summary className="auth-form">
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
    </ActionForm>
  )
}
