"use client"

import { useActionState } from "react"
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state"
import { saveRoundMinimum } from "@/lib/actions/vendor-round-minimum"
import type { VendorRoundMinimum } from "@/lib/data/bottega-rounds"
import { euroInput } from "@/lib/util/bottega"
import { FormMessages } from "@/modules/common/form-messages"
import { useI18n } from "@/modules/common/i18n-provider"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextField } from "@/modules/common/text-field"

/** "Almeno 30 € per giro": empty for no minimum; below it, release the part or make it anyway. */
export function RoundMinimumForm({ minimum }: { minimum: VendorRoundMinimum | null }) {
  const { t } = useI18n()
  const [state, action] = useActionState(saveRoundMinimum, INITIAL_FORM_STATE)
  const v = state.values ?? {}
  const e = state.fieldErrors ?? {}
  const below = v.below ?? minimum?.below ?? "keep"
  return (
    <form action={action} className="auth-form">
      <FormMessages state={state} summary={t("errors.form_summary")} />
      <TextField
        name="amount"
        inputMode="decimal"
        className="field--short"
        label={t("bottega.minimum.amount")}
        hint={t("bottega.minimum.amount_hint")}
        defaultValue={v.amount ?? euroInput(minimum?.amount)}
        error={e.amount}
      />
      <fieldset className="choice-group">
        <legend>{t("bottega.minimum.below")}</legend>
        <div className="choice-group__options choice-group__options--stacked">
          <div className="choice">
            <input type="radio" id="below-keep" name="below" value="keep" defaultChecked={below !== "release"} />
            <label htmlFor="below-keep">{t("bottega.minimum.keep")}</label>
          </div>
          <div className="choice">
            <input type="radio" id="below-release" name="below" value="release" defaultChecked={below === "release"} />
            <label htmlFor="below-release">{t("bottega.minimum.release")}</label>
          </div>
        </div>
      </fieldset>
      <SubmitButton variant="secondary">{t("bottega.minimum.save")}</SubmitButton>
    </form>
  )
}
