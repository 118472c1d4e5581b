"use client"

import { useActionState, useEffect } from "react"
import { removeLineItem, updateLineItem } from "@/lib/actions/cart"
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state"
import { FormMessages } from "@/modules/common/form-messages"
import { useI18n } from "@/modules/common/i18n-provider"
import { NumberField } from "@/modules/common/number-field"
import { SubmitButton } from "@/modules/common/submit-button"
import { refreshVisitor } from "@/modules/visitor/visitor-store"

type LineProps = { lineId: string; title: string; quantity: number }

/** Quantity field + "Aggiorna" (0 removes the line) and a separate "Rimuovi" button. */
export function LineItemForms({ lineId, title, quantity }: LineProps) {
  const { t } = useI18n()
  const [updateState, updateAction] = useActionState(updateLineItem, INITIAL_FORM_STATE)
  const [removeState, removeAction] = useActionState(removeLineItem, INITIAL_FORM_STATE)
  // The header's cart count is the browser's own (VisitorLinks): tell it the cart changed.
  useEffect(() => {
    if (updateState.ok || removeState.ok) void refreshVisitor()
  }, [updateState, removeState])
  return (
    <div className="line-forms">
      <form action={updateAction} className="line-forms__quantity">
        <input type="hidden" name="line_id" value={lineId} />
        <NumberField
          key={`${quantity}-${updateState.fieldErrors ? "error" : "ok"}`}
          id={`qty-${lineId}`}
          name="quantity"
          className="field--quantity"
          label={t("cart.quantity_short")}
          aria-label={t("cart.quantity_label", { title })}
          min={0}
          max={99}
          required
          defaultValue={updateState.fieldErrors ? (updateState.values?.quantity ?? quantity) : quantity}
          error={updateState.fieldErrors?.quantity}
        />
        <SubmitButton variant="secondary" aria-label={t("cart.update_label", { title })}>
          {t("cart.update")}
        </SubmitButton>
      </form>
      <form action={removeAction} className="line-forms__remove">
        <input type="hidden" name="line_id" value={lineId} />
        <SubmitButton variant="link" aria-label={t("cart.remove_label", { title })}>
          {t("cart.remove")}
        </SubmitButton>
      </form>
      <FormMessages state={updateState.error ? updateState : removeState} />
    </div>
  )
}
