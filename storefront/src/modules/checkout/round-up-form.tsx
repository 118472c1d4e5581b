"use client"

import { setRoundUp } from "@/lib/actions/round-up"
import { ActionForm, useFormAction } from "@/modules/common/action-form"
import { Choice } from "@/modules/common/choice"
import { SubmitButton } from "@/modules/common/submit-button"

export type RoundUpOption = { amount: number; label: string }

/** Radios for the round-up (real radios, one per choice) and "Conferma". */
export function RoundUpForm({ options, current }: { options: RoundUpOption[]; current: number }) {
  const form = useFormAction(setRoundUp)
  const { t } = form
  return (
    <ActionForm form={form} className="checkout-form">
      <fieldset className="choice-group choice-group--stacked" aria-describedby="roundup-hint">
        <legend>{t("charter.roundup.legend")}</legend>
        <p className="field__hint" id="roundup-hint">
          {t("charter.roundup.hint")}
        </p>
        {options.map((o) => (
          <Choice key={o.amount} id={`roundup-${o.amount}`} name="amount" value={o.amount} defaultChecked={o.amount === current} label={o.label} />
        ))}
      </fieldset>
      <SubmitButton>{t("charter.roundup.save")}</SubmitButton>
    </ActionForm>
  )
}
