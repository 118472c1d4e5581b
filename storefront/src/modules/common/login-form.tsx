"use client"

import { useActionState } from "react"
import { INITIAL_FORM_STATE, type FormState } from "@/lib/actions/form-state"
import type { MessageKey } from "@/lib/i18n/translate"
import { FormMessages } from "@/modules/common/form-messages"
import { useI18n } from "@/modules/common/i18n-provider"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextField } from "@/modules/common/text-field"
import { VisitorRefresh } from "@/modules/visitor/visitor-links"

type LoginFormProps = {
  /** The server action that signs this kind of login in (an artisan's, a volunteer's). */
  action: (prev: FormState, formData: FormData) => Promise<FormState>
  submit: MessageKey
  pending: MessageKey
  /** The header's visitor links follow the login (the artisans' shop link). */
  refreshVisitor?: boolean
}

/** E-mail and password, as artisans and volunteers sign in. */
export function LoginForm({ action: login, submit, pending, refreshVisitor = false }: LoginFormProps) {
  const { t } = useI18n()
  const [state, action] = useActionState(login, INITIAL_FORM_STATE)
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
