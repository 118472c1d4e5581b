"use client"

import { useState } from "react"
import { saveAddress } from "@/lib/actions/checkout"
import type { AddressValues } from "@/lib/util/checkout-address"
import type { Receiving } from "@/lib/util/receiving"
import type { SavedAddress } from "@/lib/util/saved-addresses"
import { AddressFields } from "@/modules/account/address-fields"
import { fieldsKey, isTypedAddress, SavedAddressChoice, useSavedAddressChoice } from "@/modules/account/saved-address-choice"
import { useFormAction } from "@/modules/common/action-form"
import { Choice } from "@/modules/common/choice"
import { FormMessages } from "@/modules/common/form-messages"
import { SubmitButton } from "@/modules/common/submit-button"

/**
 * Who receives the order, and where: home delivery asks for the street; collection at a pickup
 * point only for who collects and a phone — a street would be asked for nothing. A signed-in
 * resident picks one of her saved addresses (`book`) or types another, which she may keep.
 */
export function AddressStep({ address, receiving, book }: { address: AddressValues; receiving: Receiving; book?: SavedAddress[] }) {
  const form = useFormAction(saveAddress)
  const { t, state, action } = form
  const [chosen, setChosen] = useState<Receiving>((state.values?.receiving as Receiving | undefined) ?? receiving)
  const choice = useSavedAddressChoice(book, address, form)
  return (
    <form action={action} className="checkout-form">
      <FormMessages state={state.ok ? { message: state.message ?? t("checkout.saved") } : state} summary={t("errors.form_summary")} />
      {/* defaultChecked, not checked: see SavedAddressChoice. */}
      <fieldset className="choice-group">
        <legend>{t("checkout.address.receiving_legend")}</legend>
        <Choice id="receiving-home" name="receiving" value="home" defaultChecked={chosen === "home"} onChange={() => setChosen("home")} label={t("checkout.address.receiving_home")} />
        <Choice id="receiving-pickup" name="receiving" value="pickup" defaultChecked={chosen === "pickup"} onChange={() => setChosen("pickup")} label={t("checkout.address.receiving_pickup")} />
      </fieldset>
      {chosen === "home" && book?.length ? <SavedAddressChoice book={book} choice={choice} t={t} /> : null}
      <p className="muted">{t("checkout.all_required")}</p>
      <div key={fieldsKey(choice)}>
        <AddressFields field={choice.field} t={t} home={chosen === "home"} phoneHint={t(chosen === "home" ? "checkout.address.phone_hint" : "checkout.address.phone_hint_pickup")} />
      </div>
      {chosen === "home" ? <p className="muted">{t("checkout.address.country")}</p> : null}
      {chosen === "home" && book && isTypedAddress(choice) ? (
        <Choice type="checkbox" id="save_to_book" name="save_to_book" defaultChecked label={t("checkout.address.save_to_book")} />
      ) : null}
      <SubmitButton variant="secondary">{t("checkout.continue")}</SubmitButton>
    </form>
  )
}
