"use client"

import { deleteBookAddress } from "@/lib/actions/addresses"
import { ActionForm, useFormAction } from "@/modules/common/action-form"
import { SubmitButton } from "@/modules/common/submit-button"

/**
 * «Elimina» on a saved address, folded behind a first click (as the order's cancel): a thumb on a phone cannot
 * delete an address by mistake, and she reads first what it changes and what it does not.
 */
export function BookAddressDelete({ addressId, name, isDefault }: { addressId: string; name: string; isDefault: boolean }) {
  const form = useFormAction(deleteBookAddress)
  const { t, state } = form
  return (
    <details className="address-book__delete" open={state.error ? true : undefined}>
      <summary>
        {t("account.addresses.delete")}
        <span className="visually-hidden">: {name}</span>
      </summary>
      <ActionForm form={form}>
        <input type="hidden" name="address_id" value={addressId} />
        <p>
          {t("account.addresses.delete_help", { name })}
          {isDefault ? ` ${t("account.addresses.delete_default_help")}` : null}
        </p>
        <SubmitButton variant="secondary" aria-label={t("account.addresses.delete_confirm_named", { name })}>
          {t("account.addresses.delete_confirm")}
        </SubmitButton>
      </ActionForm>
    </details>
  )
}
