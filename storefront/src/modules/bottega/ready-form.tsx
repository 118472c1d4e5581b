"use client"

import { markOrderReady, markOrderNotReady } from "@/lib/actions/vendor-orders"
import { ActionForm, useFormAction } from "@/modules/common/action-form"
import { SubmitButton } from "@/modules/common/submit-button"

/** "Segna come pronto", or, while the round has not started, "Non è ancora pronto" to take it back. */
export function ReadyForm({ orderId, label, ready }: { orderId: string; label: string; ready: boolean }) {
  const form = useFormAction(ready ? markOrderNotReady : markOrderReady)
  const { t } = form
  return (
    <ActionForm form={form} className="no-print">
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
    </ActionForm>
  )
}
