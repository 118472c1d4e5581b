"use client"

import { useActionState } from "react"
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state"
import { markOrderReady, markOrderNotReady } from "@/lib/actions/vendor-orders"
import { FormMessages } from "@/modules/common/form-messages"
import { useI18n } from "@/modules/common/i18n-provider"
import { SubmitButton } from "@/modules/common/submit-button"

/** "Segna come pronto", or, while the round has not started, "Non è ancora pronto" to take it back. */
export function ReadyForm({ orderId, label, ready }: { orderId: string; label: string; ready: boolean }) {
  const { t } = useI18n()
  const [state, action] = useActionState(ready ? markOrderNotReady : markOrderReady, INITIAL_FORM_STATE)
  return (
    <form action={action} className="no-print">
      <FormMessages state={state} />
      <input type="hidden" name="order_id" value={orderId} />
      {ready ? (
        <SubmitButton variant="secondary" aria-label={t("bottega.orders.unready_label", { order: label })} pendingLabel={t("bottega.orders.marking")}>
          {t("bottega.orders.unready")}
        </SubmitButton>
      ) : (
        <SubmitButton className="button--large" aria-label={t("bottega.orders.mark_ready_label", { order: label })} pendingLabel={t("bottega.orders.marking")}>
          {t("bottega.orders.mark_ready")}
        </SubmitButton>
      )}
    </form>
  )
}
