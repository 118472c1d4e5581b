"use client"

import { useActionState } from "react"
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state"
import { markOrderReady } from "@/lib/actions/vendor-orders"
import { FormMessages } from "@/modules/common/form-messages"
import { useI18n } from "@/modules/common/i18n-provider"
import { SubmitButton } from "@/modules/common/submit-button"

export function ReadyForm({ orderId, label }: { orderId: string; label: string }) {
  const { t } = useI18n()
  const [state, action] = useActionState(markOrderReady, INITIAL_FORM_STATE)
  return (
    <form action={action} className="no-print">
      <FormMessages state={state} />
      <input type="hidden" name="order_id" value={orderId} />
      <SubmitButton className="button--large" aria-label={t("bottega.orders.mark_ready_label", { order: label })} pendingLabel={t("bottega.orders.marking")}>
        {t("bottega.orders.mark_ready")}
      </SubmitButton>
    </form>
  )
}
