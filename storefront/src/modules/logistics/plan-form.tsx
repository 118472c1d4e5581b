"use client"

import { planRound } from "@/lib/actions/logistics"
import { ActionForm, useFormAction } from "@/modules/common/action-form"
import { NumberField } from "@/modules/common/number-field"
import { SubmitButton } from "@/modules/common/submit-button"
import { positionFieldName } from "./schemas"

export type LockableStop = { id: string; name: string; position: number; locked: boolean }

/**
 * Plan the round; once planned, stops can be locked where they are (or moved to another
 * position) and the rest re-planned around them.
 */
export function PlanForm({ roundId, stopCount, planned, stops }: { roundId: string; stopCount: number; planned: boolean; stops: LockableStop[] }) {
  const form = useFormAction(planRound)
  const { t, state } = form
  const lockedNow = (stop: LockableStop) => (state.values ? state.values[`lock_${stop.id}`] === stop.id : stop.locked)
  return (
    <ActionForm form={form} summary className="plan-form">
      <input type="hidden" name="round_id" value={roundId} />
      <input type="hidden" name="stop_count" value={stopCount} />
      {planned && stops.length ? (
        <details className="plan-locks" open={Boolean(state.fieldErrors && Object.keys(state.fieldErrors).length) || undefined}>
          <summary>{t("logistics.plan.locks_title")}</summary>
          <p className="field__hint">{t("logistics.plan.locks_hint")}</p>
          <ul>
            {stops.map((stop) => {
              const field = positionFieldName(stop.id)
              return (
                <li key={stop.id} className="plan-lock">
                  <label className="checkbox">
                    <input type="checkbox" name="lock" value={stop.id} defaultChecked={lockedNow(stop)} />
                    {t("logistics.plan.lock_label", { name: stop.name })}
                  </label>
                  <NumberField
                    name={field}
                    min={1}
                    max={stopCount}
                    className="field--short"
                    label={t("logistics.plan.position_label", { name: stop.name })}
                    defaultValue={state.values?.[field] ?? String(stop.position)}
                    error={state.fieldErrors?.[field]}
                  />
                </li>
              )
            })}
          </ul>
        </details>
      ) : null}
      <SubmitButton className="button--large" variant={planned ? "secondary" : "primary"} pendingLabel={t("logistics.plan.pending")}>
        {planned ? t("logistics.plan.replan") : t("logistics.plan.submit")}
      </SubmitButton>
    </ActionForm>
  )
}
