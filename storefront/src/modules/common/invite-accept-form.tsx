"use client"

import { useActionState } from "react"
import { INITIAL_FORM_STATE, type FormState } from "@/lib/actions/form-state"
import type { MessageKey } from "@/lib/i18n/translate"
import { FormMessages } from "@/modules/common/form-messages"
import { useI18n } from "@/modules/common/i18n-provider"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextField } from "@/modules/common/text-field"

type InviteAcceptFormProps = {
  token: string
  /** The server action that registers the login and accepts the invite (a shop's, the volunteers'). */
  action: (prev: FormState, formData: FormData) => Promise<FormState>
  /** A shop member also gives a first and last name. */
  withName?: boolean
  emailHint: MessageKey
  submit: MessageKey
}

/** The form behind an invite link: e-mail and a new password (and the name, for a shop). */
export function InviteAcceptForm({ token, action: accept, withName = false, emailHint, submit }: InviteAcceptFormProps) {
  const { t } = useI18n()
  const [state, action] = useActionState(accept, INITIAL_FORM_STATE)
  const v = state.values ?? {}
  const e = state.fieldErrors ?? {}
  return (
    <form action={action} className="auth-form">
      <FormMessages state={state} summary={t("errors.form_summary")} />
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
    </form>
  )
}
