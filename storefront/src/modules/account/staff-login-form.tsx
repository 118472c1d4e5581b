"use client"

import type { MessageKey } from "@/lib/i18n/translate"
import { type ServerAction, useFormAction } from "@/modules/common/action-form"
import { FormMessages } from "@/modules/common/form-messages"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextField } from "@/modules/common/text-field"
import { VisitorRefresh } from "@/modules/visitor/visitor-links"

type LoginFormProps = {
  /** The server action that signs this kind of login in (an artisan's, a volunteer's). */
  action: ServerAction
  submit: MessageKey
  pending: MessageKey
  /** The header's visitor links follow the login (the artisans' shop link). */
  refreshVisitor?: boolean
}

/** E-mail and password, as artisans and volunteers sign in. */
export function LoginForm({ action: login, submit, pending, refreshVisitor = false }: LoginFormProps) {
  const { t, state, action } = useFormAction(login)
  return (
    <form action={action} className="auth-form">
      {refreshVisitor ? <VisitorRefresh /> : null}
      <FormMessages state={state} summary={t("errors.form_summary")} />
      <TextField name="email" type="email" autoComplete="email" required maxLength={254} label={t("checkout.email.label")} defaultValue={state.values?.email} error={state.fieldErrors?.email} />
      <TextField name="password" type="password" autoComplete="current-password" required label={t("account.password")} error={state.fieldErrors?.password} />
      <SubmitButton className="button--large" pendingLabel={t(pending)}>
        {t(submit)}
      </SubmitButton>
    </form>
  )
}
