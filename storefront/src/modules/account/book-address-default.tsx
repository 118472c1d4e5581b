"use client"

import { makeBookAddressDefault } from "@/lib/actions/addresses"
import { useFormAction } from "@/modules/common/action-form"
import { FormMessages } from "@/modules/common/form-messages"
import { SubmitButton } from "@/modules/common/submit-button"

/** «Rendi predefinito» on a saved address; `name` tells screen readers which one. */
export function BookAddressDefault({ addressId, name }: { addressId: string; name: string }) {
  const { t, state, action } = useFormAction(makeBookAddressDefault)
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="address_id" value={addressId} />
      <SubmitButton variant="secondary" aria-label={t("account.addresses.make_default_named", { name })}>
        {t("account.addresses.make_default_button")}
      </SubmitButton>
      <FormMessages state={state} />
    </form>
  )
}
