"use client"

import { useActionState, type ReactNode } from "react"
import { INITIAL_FORM_STATE, type FormState } from "@/lib/actions/form-state"
import { completeStop } from "@/lib/actions/logistics"
import { FormMessages } from "@/modules/common/form-messages"
import { useI18n } from "@/modules/common/i18n-provider"

type CompleteStopFormProps = { roundId: string; stopId: string; label: string; className: string; children: (state: FormState) => ReactNode }

/** One way to complete a stop (its own form, its own answer): the fields come from the caller. */
export function CompleteStopForm({ roundId, stopId, label, className, children }: CompleteStopFormProps) {
  const { t } = useI18n()
  const [state, action] = useActionState(completeStop, INITIAL_FORM_STATE)
  return (
    <form action={action} className={`complete-stop__form ${className}`} aria-label={label}>
      <FormMessages state={state} summary={t("errors.form_summary")} />
      <input type="hidden" name="round_id" value={roundId} />
      <input type="hidden" name="stop_id" value={stopId} />
      {children(state)}
    </form>
  )
}
