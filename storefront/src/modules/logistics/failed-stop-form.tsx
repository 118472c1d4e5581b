"use client"

import { useI18n } from "@/modules/common/i18n-provider"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextArea } from "@/modules/common/text-area"
import { CompleteStopForm } from "./complete-stop-form"

/** "Non consegnato": what happened (required), and no amount — a stop not delivered collects nothing. */
export function FailedStopForm({ roundId, stopId }: { roundId: string; stopId: string }) {
  const { t } = useI18n()
  return (
    <CompleteStopForm roundId={roundId} stopId={stopId} label={t("logistics.run.failed")} className="complete-stop__form--failed">
      {(state) => (
        <>
          <TextArea name="note" rows={2} maxLength={500} label={t("logistics.run.note_label")} hint={t("logistics.run.note_hint")} defaultValue={state.values?.note} error={state.fieldErrors?.note} />
          <SubmitButton name="outcome" value="failed" variant="secondary" className="button--large button--block" pendingLabel={t("logistics.run.pending")}>
            {t("logistics.run.failed")}
          </SubmitButton>
        </>
      )}
    </CompleteStopForm>
  )
}
