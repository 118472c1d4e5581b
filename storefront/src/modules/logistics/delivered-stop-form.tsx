"use client"

import { useI18n } from "@/modules/common/i18n-provider"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextField } from "@/modules/common/text-field"
import { CompleteStopForm } from "./complete-stop-form"
import { centsInput, formatCents } from "./format"

type DeliveredStopFormProps = { roundId: string; stopId: string; amountToCollect: number }

/**
 * "Consegnato": the only form that carries money. At a door paid on delivery, the amount owed
 * is already in the field (what a resident hands over, corrected if it differs); paid online,
 * there is no amount at all.
 */
export function DeliveredStopForm({ roundId, stopId, amountToCollect }: DeliveredStopFormProps) {
  const { t, locale } = useI18n()
  return (
    <CompleteStopForm roundId={roundId} stopId={stopId} label={t("logistics.run.delivered")} className="complete-stop__form--delivered">
      {(state) => (
        <>
          {amountToCollect > 0 ? (
            <TextField
              name="amount_collected"
              // The next stop's form and a failed stop's second pass can be on the page at once.
              idPrefix={`${stopId}-`}
              inputMode="decimal"
              autoComplete="off"
              label={t("logistics.run.amount_label")}
              hint={t("logistics.run.amount_hint", { amount: formatCents(amountToCollect, locale) })}
              defaultValue={state.values?.amount_collected ?? centsInput(amountToCollect)}
              error={state.fieldErrors?.amount_collected}
            />
          ) : null}
          <SubmitButton name="outcome" value="delivered" className="button--large button--block" pendingLabel={t("logistics.run.pending")}>
            {t("logistics.run.delivered")}
          </SubmitButton>
        </>
      )}
    </CompleteStopForm>
  )
}
