"use client"

import { useActionState } from "react"
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state"
import { cancelOrderPart } from "@/lib/actions/vendor-orders"
import { FormMessages } from "@/modules/common/form-messages"
import { useI18n } from "@/modules/common/i18n-provider"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextArea } from "@/modules/common/text-area"

/**
 * "Non posso preparare questo ordine": folded away under the packing list, the reason first (the
 * resident reads it), then the cancel. Stays mounted after the cancel to say how it went.
 */
export function CancelPartForm({ orderId, label, canCancel }: { orderId: string; label: string; canCancel: boolean }) {
  const { t } = useI18n()
  const [state, action] = useActionState(cancelOrderPart, INITIAL_FORM_STATE)
  if (!canCancel) return <FormMessages state={state} />
  const refused = Boolean(state.error || state.fieldErrors)
  return (
    <details className="no-print cancel-part" open={refused || undefined}>
      <summary>{t("bottega.orders.cancel_summary")}</summary>
      <form action={action}>
        <FormMessages state={state} />
        <input type="hidden" name="order_id" value={orderId} />
        <TextArea
          name="reason"
          idPrefix={`${orderId}-`}
          label={t("bottega.orders.cancel_reason")}
          hint={t("bottega.orders.cancel_help")}
          rows={3}
          minLength={3}
          maxLength={500}
          required
          defaultValue={state.values?.reason ?? ""}
          error={state.fieldErrors?.reason}
        />
        <SubmitButton variant="secondary" aria-label={t("bottega.orders.cancel_label", { order: label })} pendingLabel={t("bottega.orders.cancelling")}>
          {t("bottega.orders.cancel_submit")}
        </SubmitButton>
      </form>
    </details>
  )
}
