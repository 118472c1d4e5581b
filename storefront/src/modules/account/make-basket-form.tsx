"use client"

import { makeBasketFromCart } from "@/lib/actions/baskets"
import type { AddressValues } from "@/lib/util/checkout-address"
import type { SavedAddress } from "@/lib/util/saved-addresses"
import { ActionForm, useFormAction } from "@/modules/common/action-form"
import { SubmitButton } from "@/modules/common/submit-button"
import { AddressFields } from "./address-fields"
import { CadenceFields } from "./basket-cadence-fields"
import { fieldsKey, SavedAddressChoice, useSavedAddressChoice } from "./saved-address-choice"

/**
 * «Rendi fissa questa spesa»: the cart's products every round (or every other, or monthly). A cart that already has
 * its delivery (address or pickup point) keeps it; otherwise the address is asked here, one of her saved addresses
 * or another typed.
 */
export function MakeBasketForm({ needsAddress, address, book }: { needsAddress: boolean; address: AddressValues; book: SavedAddress[] }) {
  const form = useFormAction(makeBasketFromCart)
  const { t, v, e } = form
  const choice = useSavedAddressChoice(book, address, form)
  return (
    <ActionForm form={form} summary className="auth-form">
      <CadenceFields idPrefix="new-" value={v.cadence ?? "every_round"} error={e.cadence} />
      {needsAddress ? (
        <fieldset className="choice-group">
          <legend>{t("basket.address")}</legend>
          {book.length ? <SavedAddressChoice book={book} choice={choice} t={t} idPrefix="basket-" legend={t("account.addresses.title")} /> : null}
          <div key={fieldsKey(choice)}>
            <AddressFields field={choice.field} t={t} home idPrefix="basket-" />
          </div>
        </fieldset>
      ) : null}
      <p className="muted">{t("basket.pay_on_delivery")}</p>
      <SubmitButton pendingLabel={t("basket.making")}>{t("basket.make")}</SubmitButton>
    </ActionForm>
  )
}
