"use client"

import { saveBankDetails } from "@/lib/actions/vendor-payments"
import { ActionForm, useFormAction } from "@/modules/common/action-form"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextField } from "@/modules/common/text-field"

/** The IBAN and account holder for bank-transfer payouts (owners only). */
export function PaymentsBankForm({ holder }: { holder: string | null }) {
  const form = useFormAction(saveBankDetails)
  const { t, v, e } = form
  return (
    <ActionForm form={form} summary className="auth-form">
      <TextField name="iban" required maxLength={42} autoComplete="off" label={t("payments.bank.iban")} hint={t("payments.bank.iban_hint")} defaultValue={v.iban} error={e.iban} />
      <TextField name="account_holder" required maxLength={140} label={t("payments.bank.holder")} defaultValue={v.account_holder ?? holder ?? ""} error={e.account_holder} />
      <SubmitButton>{t("payments.bank.save")}</SubmitButton>
    </ActionForm>
  )
}
