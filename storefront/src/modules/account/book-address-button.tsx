"use client"

import { actOnBookAddress } from "@/lib/actions/addresses"
import { useFormAction } from "@/modules/common/action-form"
import { FormMessages } from "@/modules/common/form-messages"
import { SubmitButton } from "@/modules/common/submit-button"

/** Make a saved address the default, or remove it: `text` on the button, `label` (naming the address) for screen readers. */
export function BookAddressButton({ addressId, act, text, label }: { addressId: string; act: "default" | "delete"; text: string; label: string }) {
  const { state, action } = useFormAction(actOnBookAddress)
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="address_id" value={addressId} />
      <input type="hidden" name="act" value={act} />
      <SubmitButton variant={act === "delete" ? "link" : "secondary"} aria-label={label}>
        {text}
      </SubmitButton>
      <FormMessages state={state} />
    </form>
  )
}
