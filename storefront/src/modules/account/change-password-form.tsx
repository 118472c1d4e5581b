"use client"

import { ActionForm, type ServerAction, useFormAction } from "@/modules/common/action-form"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextField } from "@/modules/common/text-field"

/** The current password again, then the new one; `action` is the signed-in person's own kind of login. */
export function ChangePasswordForm({ action }: { action: ServerAction }) {
  const form = useFormAction(action)
  const { t, e } = form
  return (
    <ActionForm form={form} summary className="auth-form">
      <TextField name="current_password" type="password" autoComplete="current-password" required label={t("account.change.current")} error={e.current_password} />
      <TextField name="new_password" type="password" autoComplete="new-password" required minLength={8} label={t("account.change.new")} hint={t("account.password_hint")} error={e.new_password} />
      <SubmitButton>{t("account.change.submit")}</SubmitButton>
    </ActionForm>
  )
}
