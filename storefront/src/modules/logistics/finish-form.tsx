"use client"

import { finishRound } from "@/lib/actions/logistics"
import { ActionForm, useFormAction } from "@/modules/common/action-form"
import { SubmitButton } from "@/modules/common/submit-button"

/** The rider's last tap when a door failed: the round is over, no second pass after it. */
export function FinishForm({ roundId }: { roundId: string }) {
  const form = useFormAction(finishRound)
  const { t } = form
  return (
    <ActionForm form={form} className="finish-form">
      <input type="hidden" name="round_id" value={roundId} />
      <SubmitButton className="button--large" pendingLabel={t("logistics.run.finish_pending")}>
        {t("logistics.run.finish_submit")}
      </SubmitButton>
      <p className="field__hint">{t("logistics.run.finish_hint")}</p>
    </ActionForm>
  )
}
