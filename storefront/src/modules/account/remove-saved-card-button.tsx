"use client"

import { removeSavedCard } from "@/lib/actions/baskets"
import { useFormAction } from "@/modules/common/action-form"
import { FormMessages } from "@/modules/common/form-messages"
import { SubmitButton } from "@/modules/common/submit-button"

/** Removes one saved card, saying first what happens to the baskets it pays. */
export function RemoveSavedCardButton({ paymentMethodId, label, confirm }: { paymentMethodId: string; label: string; confirm: string }) {
  const { state, action } = useFormAction(removeSavedCard)
  return (
    <form action={action} className="inline-form" aria-label={label}>
      <input type="hidden" name="payment_method_id" value={paymentMethodId} />
      <p className="field-hint">{confirm}</p>
      <SubmitButton variant="secondary">{label}</SubmitButton>
      <FormMessages state={state} />
    </form>
  )
}
