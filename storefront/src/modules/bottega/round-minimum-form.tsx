"use client"

import { saveRoundMinimum } from "@/lib/actions/vendor-round-minimum"
import type { VendorRoundMinimum } from "@/lib/data/bottega-rounds"
import { euroInput } from "@/lib/util/bottega"
import { ActionForm, useFormAction } from "@/modules/common/action-form"
import { Choice } from "@/modules/common/choice"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextField } from "@/modules/common/text-field"

/** "Almeno 30 € per giro": empty for no minimum; below it, release the part or make it anyway. */
export function RoundMinimumForm({ minimum }: { minimum: VendorRoundMinimum | null }) {
  const form = useFormAction(saveRoundMinimum)
  const { t, v, e } = form
  const below = v.below ?? minimum?.below ?? "keep"
  return (
    <ActionForm form={form} summary className="auth-form">
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
          <Choice id="below-keep" name="below" value="keep" defaultChecked={below !== "release"} label={t("bottega.minimum.keep")} />
          <Choice id="below-release" name="below" value="release" defaultChecked={below === "release"} label={t("bottega.minimum.release")} />
        </div>
      </fieldset>
      <SubmitButton variant="secondary">{t("bottega.minimum.save")}</SubmitButton>
    </ActionForm>
  )
}
