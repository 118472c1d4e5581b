"use client"

import { cancelOwnOrder } from "@/lib/actions/orders"
import { ActionForm, useFormAction } from "@/modules/common/action-form"
import { SubmitButton } from "@/modules/common/submit-button"

/**
 * "Cambiato idea?": until the round's cutoff the resident may cancel the whole order. The cancel
 * is folded away behind a first click, so a thumb on a phone cannot cancel an order by mistake.
 */
export function CancelOrderForm({ orderId, until, from }: { orderId: string; until: string; from: "account" | "confirmation" }) {
  const form = useFormAction(cancelOwnOrder)
  const { t, state } = form
  return (
    <section aria-labelledby="order-cancel-title" className="section order-cancel no-print">
      <h2 id="order-cancel-title">{t("order.cancel.title")}</h2>
      <p>{t("order.cancel.until", { until })}</p>
      <details open={state.error ? true : undefined}>
        <summary>{t("order.cancel.summary")}</summary>
        <ActionForm form={form}>
          <input type="hidden" name="order_id" value={orderId} />
          <input type="hidden" name="from" value={from} />
          <p>{t("order.cancel.confirm_help")}</p>
          <SubmitButton variant="secondary" pendingLabel={t("order.cancel.cancelling")}>
            {t("order.cancel.submit")}
          </SubmitButton>
        </ActionForm>
      </details>
    </section>
  )
}
