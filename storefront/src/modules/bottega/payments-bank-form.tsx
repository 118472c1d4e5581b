"use client"

import { useActionState } from "react"
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state"
import { saveBankDetails } from "@/lib/actions/vendor-payments"
import { FormMessages } from "@/modules/common/form-messages"
import { useI18n } from "@/modules/common/i18n-provider"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextField } from "@/modules/common/text-field"

/** The IBAN and account holder for bank-transfer payouts (owners only). */
export function PaymentsBankForm({ holder }: { holder: string | null }) {
  const { t } = useI18n()
  const [state, action] = useActionState(saveBankDetails, INITIAL_FORM_STATE)
  const v = state.values ?? {}
  const e = state.fieldErrors ?? {}
  return (
    <form action={action} className="auth-form">
      <FormMessages state={state} summary={t("errors.form_summary")} />
      <TextField name="iban" required maxLength={42} autoComplete="off" label={t("payments.bank.iban")} hint={t("payments.bank.iban_hint")} defaultValue={v.iban} error={e.iban} />
      <TextField name="account_holder" required maxLength={140} label={t("payments.bank.holder")} defaultValue={v.account_holder ?? holder ?? ""} error={e.account_holder} />
      <SubmitButton>{t("payments.bank.save")}</SubmitButton>
    </form>
  )
}
