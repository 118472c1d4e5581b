"use client"

import { ActionForm, type ServerAction, useFormAction } from "@/modules/common/action-form"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextField } from "@/modules/common/text-field"

/** The new password behind a reset link; `action` sets it and signs the person in. */
export function NewPasswordForm({ token, action }: { token: string; action: ServerAction }) {
  const form = useFormAction(action)
  const { t, e } = form
  return (
    <ActionForm form={form} summary className="auth-form">
      <input type="hidden" name="token" value={token} />
      <TextField name="password" type="password" autoComplete="new-password" required minLength={8} label={t("account.reset.new_password")} hint={t("account.password_hint")} error={e.password} />
      <SubmitButton>{t("account.reset.save")}</SubmitButton>
    </ActionForm>
  )
}
