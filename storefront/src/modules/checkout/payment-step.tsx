"use client"

import { useActionState } from "react"
import { placeOrder } from "@/lib/actions/checkout"
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state"
import { FormMessages } from "@/modules/common/form-messages"
import { useI18n } from "@/modules/common/i18n-provider"
import { SubmitButton } from "@/modules/common/submit-button"

/** Pay on delivery / at pickup through Medusa's system provider, then "Conferma ordine". */
export function PaymentStep({ providerId }: { providerId: string }) {
  const { t } = useI18n()
  const [state, action] = useActionState(placeOrder, INITIAL_FORM_STATE)
  const error = state.fieldErrors?.provider_id
  return (
    <form action={action} className="checkout-form">
      <FormMessages state={state} />
      <fieldset className="choice-group choice-group--stacked" aria-describedby={error ? "payment-error" : "payment-hint"}>
        <legend>{t("checkout.payment.legend")}</legend>
        <div className="choice choice--card">
          <input type="radio" id="payment-system" name="provider_id" value={providerId} required defaultChecked />
          <label htmlFor="payment-system">{t("checkout.payment.system")}</label>
        </div>
        <p className="field__hint" id="payment-hint">
          {t("checkout.payment.system_hint")}
        </p>
        {error ? (
          <p className="field__error" id="payment-error">
            {error}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton pendingLabel={t("checkout.confirming")} className="button--large">
        {t("checkout.confirm")}
      </SubmitButton>
    </form>
  )
}
