"use client"

import { useActionState } from "react"
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state"
import { setRoundUp } from "@/lib/actions/round-up"
import { FormMessages } from "@/modules/common/form-messages"
import { useI18n } from "@/modules/common/i18n-provider"
import { SubmitButton } from "@/modules/common/submit-button"

export type RoundUpOption = { amount: number; label: string }

/** Radios for the round-up (real radios, one per choice) and "Conferma". */
export function RoundUpForm({ options, current }: { options: RoundUpOption[]; current: number }) {
  const { t } = useI18n()
  const [state, action] = useActionState(setRoundUp, INITIAL_FORM_STATE)
  return (
    <form action={action} className="checkout-form">
      <FormMessages state={state} />
      <fieldset className="choice-group choice-group--stacked" aria-describedby="roundup-hint">
        <legend>{t("charter.roundup.legend")}</legend>
        <p className="field__hint" id="roundup-hint">
          {t("charter.roundup.hint")}
        </p>
        {options.map((o) => (
          <div key={o.amount} className="choice">
            <input type="radio" id={`roundup-${o.amount}`} name="amount" value={o.amount} defaultChecked={o.amount === current} />
            <label htmlFor={`roundup-${o.amount}`}>{o.label}</label>
          </div>
        ))}
      </fieldset>
      <SubmitButton>{t("charter.roundup.save")}</SubmitButton>
    </form>
  )
}
