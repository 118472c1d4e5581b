"use client"

import { startRound } from "@/lib/actions/logistics"
import { ActionForm, useFormAction } from "@/modules/common/action-form"
import { SubmitButton } from "@/modules/common/submit-button"

/**
 * planned → in progress: the residents are told, and the rider goes to run mode. `warned`: the
 * warning above already says that residents are told (the round's day has not come).
 */
export function StartForm({ roundId, warned }: { roundId: string; warned: boolean }) {
  const form = useFormAction(startRound)
  const { t } = form
  return (
    <ActionForm form={form} className="start-form">
      <input type="hidden" name="round_id" value={roundId} />
      <SubmitButton className="button--large" pendingLabel={t("logistics.start.pending")}>
        {t("logistics.start.submit")}
      </SubmitButton>
      {warned ? null : <p className="field__hint">{t("logistics.start.hint")}</p>}
    </ActionForm>
  )
}
