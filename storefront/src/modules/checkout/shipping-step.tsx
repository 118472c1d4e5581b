"use client"

import { useActionState } from "react"
import { saveShippingMethod } from "@/lib/actions/checkout"
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state"
import { FormMessages } from "@/modules/common/form-messages"
import { useI18n } from "@/modules/common/i18n-provider"
import { SubmitButton } from "@/modules/common/submit-button"

export type ShippingChoice = { id: string; name: string; price: string }

export function ShippingStep({ options, selectedId }: { options: ShippingChoice[]; selectedId: string | null }) {
  const { t } = useI18n()
  const [state, action] = useActionState(saveShippingMethod, INITIAL_FORM_STATE)
  const error = state.fieldErrors?.option_id
  const checked = state.values?.option_id ?? selectedId ?? undefined
  if (!options.length) return <p className="notice notice--error">{t("checkout.shipping.none")}</p>
  return (
    <form action={action} className="checkout-form">
      <FormMessages state={state.ok ? { message: t("checkout.saved") } : state} />
      <fieldset
        className={`choice-group choice-group--stacked${error ? " field--invalid" : ""}`}
        aria-describedby={error ? "shipping-error" : undefined}
        aria-invalid={error ? true : undefined}
      >
        <legend>{t("checkout.shipping.legend")}</legend>
        {options.map((option) => (
          <div key={option.id} className="choice choice--card">
            <input type="radio" id={`shipping-${option.id}`} name="option_id" value={option.id} required defaultChecked={checked === option.id} />
            <label htmlFor={`shipping-${option.id}`}>
              <span>{option.name}</span> <span className="choice__price">{option.price}</span>
            </label>
          </div>
        ))}
        {error ? (
          <p className="field__error" id="shipping-error">
            {error}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton variant="secondary">{t("checkout.continue")}</SubmitButton>
    </form>
  )
}
