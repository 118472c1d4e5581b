"use client"

import { cancelOrderPart } from "@/lib/actions/vendor-orders"
import { ActionForm, useFormAction } from "@/modules/common/action-form"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextArea } from "@/modules/common/text-area"

/**
 * "Non posso preparare questo ordine": folded away under the packing list, the reason first (the
 * resident reads it), then the cancel. How it went is said on the part, in its new list (OrdersTemplate).
 */
export function CancelPartForm({ orderId, label, canCancel }: { orderId: string; label: string; canCancel: boolean }) {
  const form = useFormAction(cancelOrderPart)
  const { t, state } = form
  if (!canCancel) return null
  const refused = Boolean(state.error || state.fieldErrors)
  return (
    <details className="no-print cancel-part" open={refused || undefined}>
      <summary>{t("bottega.orders.cancel_summary")}</summary>
      <ActionForm form={form}>
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
      </ActionForm>
    </details>
  )
}
