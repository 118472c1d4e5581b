"use client"

import { useActionState } from "react"
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state"
import { acceptVolunteerInvite } from "@/lib/actions/volunteer-invite"
import { FormMessages } from "@/modules/common/form-messages"
import { useI18n } from "@/modules/common/i18n-provider"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextField } from "@/modules/common/text-field"

export function VolunteerInviteForm({ token }: { token: string }) {
  const { t } = useI18n()
  const [state, action] = useActionState(acceptVolunteerInvite, INITIAL_FORM_STATE)
  const v = state.values ?? {}
  const e = state.fieldErrors ?? {}
  return (
    <form action={action} className="auth-form">
      <FormMessages state={state} summary={t("errors.form_summary")} />
      <input type="hidden" name="token" value={token} />
      <TextField name="email" type="email" autoComplete="email" required maxLength={254} label={t("checkout.email.label")} hint={t("logistics.invite.email_hint")} defaultValue={v.email} error={e.email} />
      <TextField name="password" type="password" autoComplete="new-password" required minLength={8} label={t("account.password")} hint={t("account.password_hint")} error={e.password} />
      <SubmitButton className="button--large">{t("logistics.invite.submit")}</SubmitButton>
    </form>
  )
}
