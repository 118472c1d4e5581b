"use client"

import type { MessageKey } from "@/lib/i18n/translate"
import { ActionForm, type ServerAction, useFormAction } from "@/modules/common/action-form"
import { SubmitButton } from "@/modules/common/submit-button"
import { Link } from "@/modules/common/link"
import { TextField } from "@/modules/common/text-field"
import { VisitorRefresh } from "@/modules/visitor/visitor-links"

type LoginFormProps = {
  /** The server action that signs this kind of login in (a resident's, an artisan's, a volunteer's). */
  action: ServerAction
  submit: MessageKey
  /** The button's words while it signs in; the staff's logins also have a large button. */
  pending?: MessageKey
  /** The header's visitor links follow the login (the artisans' shop link). */
  refreshVisitor?: boolean
  /** Where a resident goes back to once signed in. */
  next?: string
  /** The page that sends a link to choose a new password. */
  forgotHref: string
}

/** E-mail and password, as residents, artisans and volunteers sign in. */
export function LoginForm({ action: login, submit, pending, refreshVisitor = false, next, forgotHref }: LoginFormProps) {
  const form = useFormAction(login)
  const { t, state } = form
  return (
    <ActionForm form={form} summary className="auth-form">
      {refreshVisitor ? <VisitorRefresh /> : null}
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField name="email" type="email" autoComplete="email" required maxLength={254} label={t("checkout.email.label")} defaultValue={state.values?.email} error={state.fieldErrors?.email} />
      <TextField name="password" type="password" autoComplete="current-password" required label={t("account.password")} error={state.fieldErrors?.password} />
      <SubmitButton className={pending ? "button--large" : undefined} pendingLabel={pending ? t(pending) : undefined}>
        {t(submit)}
      </SubmitButton>
      <p>
        <Link href={forgotHref}>{t("account.reset.forgot_link")}</Link>
      </p>
    </ActionForm>
  )
}
