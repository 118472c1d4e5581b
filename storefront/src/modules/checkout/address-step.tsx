"use client"

import { useEffect, useState } from "react"
import { saveAddress } from "@/lib/actions/checkout"
import type { AddressValues } from "@/lib/util/checkout-address"
import type { Receiving } from "@/lib/util/receiving"
import { addressLine, addressValues, sameAddress, type SavedAddress } from "@/lib/util/saved-addresses"
import { AddressFields } from "@/modules/account/address-fields"
import { useFormAction } from "@/modules/common/action-form"
import { Choice } from "@/modules/common/choice"
import { FormMessages } from "@/modules/common/form-messages"
import { SubmitButton } from "@/modules/common/submit-button"

const OTHER = "other"

/**
 * Who receives the order, and where: home delivery asks for the street; collection at a pickup
 * point only for who collects and a phone — a street would be asked for nothing. A signed-in
 * resident picks one of her saved addresses (`book`) or types another, which she may keep.
 */
export function AddressStep({ address, receiving, book }: { address: AddressValues; receiving: Receiving; book?: SavedAddress[] }) {
  const form = useFormAction(saveAddress)
  const { t, state, action } = form
  const [chosen, setChosen] = useState<Receiving>((state.values?.receiving as Receiving | undefined) ?? receiving)
  // A saved address picked here fills the fields anew (until the form is sent: then they show what was sent).
  const [picked, setPicked] = useState<{ id: string; values: AddressValues } | null>(null)
  useEffect(() => setPicked(null), [state])
  const field = (name: keyof AddressValues) => (picked ? { name, defaultValue: picked.values[name], error: form.e[name] } : form.field(name, address[name]))
  const shown = picked?.values ?? address
  const current = picked?.id ?? book?.find((a) => sameAddress(a, shown))?.id ?? OTHER
  const typeAnother = { ...shown, address_1: "", postal_code: "", city: "", province: "" }
  return (
    <form action={action} className="checkout-form">
      <FormMessages state={state.ok ? { message: state.message ?? t("checkout.saved") } : state} summary={t("errors.form_summary")} />
      {/* defaultChecked, not checked: React resets a form after its action, and a controlled radio
          would then show the first render's choice while the fields follow the saved one. */}
      <fieldset className="choice-group">
        <legend>{t("checkout.address.receiving_legend")}</legend>
        <Choice id="receiving-home" name="receiving" value="home" defaultChecked={chosen === "home"} onChange={() => setChosen("home")} label={t("checkout.address.receiving_home")} />
        <Choice id="receiving-pickup" name="receiving" value="pickup" defaultChecked={chosen === "pickup"} onChange={() => setChosen("pickup")} label={t("checkout.address.receiving_pickup")} />
      </fieldset>
      {chosen === "home" && book?.length ? (
        <fieldset className="choice-group" key={`book-${current}`}>
          <legend>{t("checkout.address.book_legend")}</legend>
          {book.map((a) => (
            <Choice
              key={a.id}
              id={`book-${a.id}`}
              name="book_choice"
              value={a.id}
              defaultChecked={current === a.id}
              onChange={() => setPicked({ id: a.id, values: addressValues(a) })}
              label={a.address_name ? `${a.address_name}: ${addressLine(a)}` : addressLine(a)}
            />
          ))}
          <Choice id="book-other" name="book_choice" value={OTHER} defaultChecked={current === OTHER} onChange={() => setPicked({ id: OTHER, values: typeAnother })} label={t("checkout.address.book_other")} />
        </fieldset>
      ) : null}
      <p className="muted">{t("checkout.all_required")}</p>
      <div key={picked ? `picked-${picked.id}` : "as-saved"}>
        <AddressFields field={field} t={t} home={chosen === "home"} phoneHint={t(chosen === "home" ? "checkout.address.phone_hint" : "checkout.address.phone_hint_pickup")} />
      </div>
      {chosen === "home" ? <p className="muted">{t("checkout.address.country")}</p> : null}
      {chosen === "home" && book && current === OTHER ? (
        <Choice type="checkbox" id="save_to_book" name="save_to_book" defaultChecked label={t("checkout.address.save_to_book")} />
      ) : null}
      <SubmitButton variant="secondary">{t("checkout.continue")}</SubmitButton>
    </form>
  )
}
