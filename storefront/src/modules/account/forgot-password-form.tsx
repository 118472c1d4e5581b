"use client"

import { ActionForm, type ServerAction, useFormAction } from "@/modules/common/action-form"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextField } from "@/modules/common/text-field"

/** The e-mail a reset link goes to (a resident's, an artisan's, a volunteer's login: `action` says which). */
export function ForgotPasswordForm({ action }: { action: ServerAction }) {
  const form = useFormAction(action)
  const { t, v, e } = form
  return (
    <ActionForm form={form} summary className="auth-form">
      <TextField name="email" type="email" autoComplete="email" required maxLength={254} label={t("checkout.email.label")} defaultValue={v.email} error={e.email} />
      <SubmitButton>{t("account.reset.request_submit")}</SubmitButton>
    </ActionForm>
  )
}
