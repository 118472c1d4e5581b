"use client"

import { useActionState } from "react"
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state"
import { completeStop } from "@/lib/actions/logistics"
import { FormMessages } from "@/modules/common/form-messages"
import { useI18n } from "@/modules/common/i18n-provider"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextArea } from "@/modules/common/text-area"
import { TextField } from "@/modules/common/text-field"

type CompleteStopFormProps = { roundId: string; stopId: string; amountToCollect: string; amountHint: string }

/**
 * Delivered or not: the two big buttons send the same form, the note (required when not
 * delivered, checked by the action) and the money collected.
 */
export function CompleteStopForm({ roundId, stopId, amountToCollect, amountHint }: CompleteStopFormProps) {
  const { t } = useI18n()
  const [state, action] = useActionState(completeStop, INITIAL_FORM_STATE)
  return (
    <form action={action} className="complete-stop">
      <FormMessages state={state} summary={t("errors.form_summary")} />
      <input type="hidden" name="round_id" value={roundId} />
      <input type="hidden" name="stop_id" value={stopId} />
      <TextField
        name="amount_collected"
        inputMode="decimal"
        autoComplete="off"
        label={t("logistics.run.amount_label")}
        hint={amountHint}
        defaultValue={state.values?.amount_collected ?? amountToCollect}
        error={state.fieldErrors?.amount_collected}
      />
      <TextArea name="note" rows={2} maxLength={500} label={t("logistics.run.note_label")} hint={t("logistics.run.note_hint")} defaultValue={state.values?.note} error={state.fieldErrors?.note} />
      {state.fieldErrors?.outcome ? <p className="field__error">{state.fieldErrors.outcome}</p> : null}
      <div className="complete-stop__buttons">
        <SubmitButton name="outcome" value="delivered" className="button--large button--block" pendingLabel={t("logistics.run.pending")}>
          {t("logistics.run.delivered")}
        </SubmitButton>
        <SubmitButton name="outcome" value="failed" variant="secondary" className="button--large button--block" pendingLabel={t("logistics.run.pending")}>
          {t("logistics.run.failed")}
        </SubmitButton>
      </div>
    </form>
  )
}
