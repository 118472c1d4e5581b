"use client"

import { saveBookAddress } from "@/lib/actions/addresses"
import type { AddressValues } from "@/lib/util/checkout-address"
import { addressValues, type SavedAddress } from "@/lib/util/saved-addresses"
import { ActionForm, useFormAction } from "@/modules/common/action-form"
import { Choice } from "@/modules/common/choice"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextField } from "@/modules/common/text-field"
import { AddressFields } from "./address-fields"

/** A new address for the resident's book, or one of hers changed (`saved`). */
export function BookAddressForm({ saved, first }: { saved?: SavedAddress; first?: boolean }) {
  const form = useFormAction(saveBookAddress)
  const { t } = form
  const initial = saved ? addressValues(saved) : undefined
  const prefix = saved ? `${saved.id}-` : "new-"
  const field = (name: keyof AddressValues) => form.field(name, initial?.[name])
  // A new address's form is emptied once kept (React resets a form after its action); a changed one keeps its values.
  return (
    <ActionForm form={form} summary className="checkout-form">
      {saved ? <input type="hidden" name="address_id" value={saved.id} /> : null}
      <TextField {...form.field("address_name", saved?.address_name ?? "")} idPrefix={prefix} label={t("account.addresses.name")} hint={t("account.addresses.name_hint")} maxLength={60} />
      <AddressFields field={field} t={t} home idPrefix={prefix} />
      {saved?.is_default_shipping ? null : (
        <Choice type="checkbox" id={`${prefix}is_default_shipping`} name="is_default_shipping" defaultChecked={first} label={t("account.addresses.make_default")} />
      )}
      <SubmitButton variant={saved ? "secondary" : "primary"}>{t(saved ? "account.addresses.save" : "account.addresses.add")}</SubmitButton>
    </ActionForm>
  )
}
