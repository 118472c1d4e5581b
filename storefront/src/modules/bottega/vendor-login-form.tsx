"use client"

import { useActionState } from "react"
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state"
import { loginVendor } from "@/lib/actions/vendor-auth"
import { FormMessages } from "@/modules/common/form-messages"
import { useI18n } from "@/modules/common/i18n-provider"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextField } from "@/modules/common/text-field"
import { VisitorRefresh } from "@/modules/visitor/visitor-links"

export function VendorLoginForm() {
  const { t } = useI18n()
  const [state, action] = useActionState(loginVendor, INITIAL_FORM_STATE)
  return (
    <form action={action} className="auth-form">
      <VisitorRefresh />
      <FormMessages state={state} summary={t("errors.form_summary")} />
      <TextField name="email" type="email" autoComplete="email" required maxLength={254} label={t("checkout.email.label")} defaultValue={state.values?.email} error={state.fieldErrors?.email} />
      <TextField name="password" type="password" autoComplete="current-password" required label={t("account.password")} error={state.fieldErrors?.password} />
      <SubmitButton className="button--large" pendingLabel={t("bottega.login.pending")}>
        {t("bottega.login.submit")}
      </SubmitButton>
    </form>
  )
}
