"use client"

import type { MessageKey } from "@/lib/i18n/translate"
import { ActionForm, useFormAction, type ServerAction } from "@/modules/common/action-form"
import { SubmitButton } from "@/modules/common/submit-button"

type RoundActionFormProps = { action: ServerAction; roundId: string; submit: MessageKey; pending: MessageKey; hint?: MessageKey }

/**
 * One tap on a whole round — start it (the residents are told), close it (no second pass after) — with what it
 * sets off said under the button.
 */
export function RoundActionForm({ action, roundId, submit, pending, hint }: RoundActionFormProps) {
  const form = useFormAction(action)
  const { t } = form
  return (
    <ActionForm form={form}>
      <input type="hidden" name="round_id" value={roundId} />
      <SubmitButton className="button--large" pendingLabel={t(pending)}>
        {t(submit)}
      </SubmitButton>
      {hint ? <p className="field__hint">{t(hint)}</p> : null}
    </ActionForm>
  )
}
