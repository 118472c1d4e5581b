"use client"

import { useActionState } from "react"
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state"
import { acceptVendorInvite } from "@/lib/actions/vendor-auth"
import { FormMessages } from "@/modules/common/form-messages"
import { useI18n } from "@/modules/common/i18n-provider"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextField } from "@/modules/common/text-field"

export function InviteAcceptForm({ token }: { token: string }) {
  const { t } = useI18n()
  const [state, action] = useActionState(acceptVendorInvite, INITIAL_FORM_STATE)
  const v = state.values ?? {}
  const e = state.fieldErrors ?? {}
  return (
    <form action={action} className="auth-form">
      <FormMessages state={state} summary={t("errors.form_summary")} />
      <input type="hidden" name="token" value={token} />
      <div className="field-row">
        <TextField name="first_name" autoComplete="given-name" required maxLength={80} label={t("account.register.first_name")} defaultValue={v.first_name} error={e.first_name} />
        <TextField name="last_name" autoComplete="family-name" required maxLength={80} label={t("account.register.last_name")} defaultValue={v.last_name} error={e.last_name} />
      </div>
      <TextField name="email" type="email" autoComplete="email" required maxLength={254} label={t("checkout.email.label")} hint={t("bottega.invite.email_hint")} defaultValue={v.email} error={e.email} />
      <TextField name="password" type="password" autoComplete="new-password" required minLength={8} label={t("account.password")} hint={t("account.password_hint")} error={e.password} />
      <SubmitButton className="button--large">{t("bottega.invite.submit")}</SubmitButton>
    </form>
  )
}
