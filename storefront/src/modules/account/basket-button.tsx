"use client"

import { actOnBasket } from "@/lib/actions/baskets"
import { useFormAction } from "@/modules/common/action-form"
import { FormMessages } from "@/modules/common/form-messages"
import { SubmitButton } from "@/modules/common/submit-button"

/** One action on a basket (pause, resume, skip a round, take the skip back, stop), with its outcome. */
export function BasketButton({ basketId, act, roundId, label, variant = "secondary" }: { basketId: string; act: string; roundId?: string; label: string; variant?: "primary" | "secondary" | "link" }) {
  const { state, action } = useFormAction(actOnBasket)
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="basket_id" value={basketId} />
      <input type="hidden" name="act" value={act} />
      {roundId ? <input type="hidden" name="round_id" value={roundId} /> : null}
      <SubmitButton variant={variant}>{label}</SubmitButton>
      <FormMessages state={state} />
    </form>
  )
}
