"use client"

import type { MessageKey } from "@/lib/i18n/translate"
import { ActionForm, type ServerAction, useFormAction } from "@/modules/common/action-form"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextField } from "@/modules/common/text-field"

type InviteAcceptFormProps = {
  token: string
  /** The server action that registers the login and accepts the invite (a shop's, the volunteers'). */
  action: ServerAction
  /** A shop member also gives a first and last name. */
  withName?: boolean
  emailHint: MessageKey
  submit: MessageKey
}

/** The form behind an invite link: e-mail and a new password (and the name, for a shop). */
export function InviteAcceptForm({ token, action: accept, withName = false, emailHint, submit }: InviteAcceptFormProps) {
  const form = useFormAction(accept)
  const { t, v, e } = form
  return (
    <ActionForm form={form} summary className="auth-form">
      <input type="hidden" name="token" value={token} />
      {withName ? (
        <div className="field-row">
          <TextField name="first_name" autoComplete="given-name" required maxLength={80} label={t("account.register.first_name")} defaultValue={v.first_name} error={e.first_name} />
          <TextField name="last_name" autoComplete="family-name" required maxLength={80} label={t("account.register.last_name")} defaultValue={v.last_name} error={e.last_name} />
        </div>
      ) : null}
      <TextField name="email" type="email" autoComplete="email" required maxLength={254} label={t("checkout.email.label")} hint={t(emailHint)} defaultValue={v.email} error={e.email} />
      <TextField name="password" type="password" autoComplete="new-password" required minLength={8} label={t("account.password")} hint={t("account.password_hint")} error={e.password} />
      <SubmitButton className="button--large">{t(submit)}</SubmitButton>
    </ActionForm>
  )
}
