"use client"

import { useActionState } from "react"
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state"
import { startRound } from "@/lib/actions/logistics"
import { FormMessages } from "@/modules/common/form-messages"
import { useI18n } from "@/modules/common/i18n-provider"
import { SubmitButton } from "@/modules/common/submit-button"

/** planned → in progress: the residents are told, and the rider goes to run mode. */
export function StartForm({ roundId }: { roundId: string }) {
  const { t } = useI18n()
  const [state, action] = useActionState(startRound, INITIAL_FORM_STATE)
  return (
    <form action={action} className="start-form">
      <FormMessages state={state} />
      <input type="hidden" name="round_id" value={roundId} />
      <SubmitButton className="button--large" pendingLabel={t("logistics.start.pending")}>
        {t("logistics.start.submit")}
      </SubmitButton>
      <p className="field__hint">{t("logistics.start.hint")}</p>
    </form>
  )
}
