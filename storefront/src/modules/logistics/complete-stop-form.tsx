"use client"

import type { ReactNode } from "react"
import type { FormState } from "@/lib/actions/form-state"
import { completeStop } from "@/lib/actions/logistics"
import { ActionForm, useFormAction } from "@/modules/common/action-form"

type CompleteStopFormProps = { roundId: string; stopId: string; label: string; className: string; children: (state: FormState) => ReactNode }

/** One way to complete a stop (its own form, its own answer): the fields come from the caller. */
export function CompleteStopForm({ roundId, stopId, label, className, children }: CompleteStopFormProps) {
  const form = useFormAction(completeStop)
  const { state } = form
  return (
    <ActionForm form={form} summary className={`complete-stop__form ${className}`} aria-label={label}>
      <input type="hidden" name="round_id" value={roundId} />
      <input type="hidden" name="stop_id" value={stopId} />
      {children(state)}
    </ActionForm>
  )
}
