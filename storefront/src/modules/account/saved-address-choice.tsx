"use client"

import { useEffect, useState } from "react"
import type { Translate } from "@/lib/i18n/translate"
import type { AddressValues } from "@/lib/util/checkout-address"
import { addressLine, addressValues, sameAddress, type SavedAddress } from "@/lib/util/saved-addresses"
import { useFormAction } from "@/modules/common/action-form"
import { Choice } from "@/modules/common/choice"

const OTHER = "other"

type Picked = { id: string; values: AddressValues }

/**
 * Which of her saved addresses the recipient fields show: the one whose fields they hold (`initial`), one she picks
 * (its fields fill the form anew), or «A un altro indirizzo» (the street emptied). The form's answer puts the fields
 * back on what was sent; `field` gives each recipient field its value and error.
 */
export function useSavedAddressChoice(book: readonly SavedAddress[] | undefined, initial: AddressValues, form: ReturnType<typeof useFormAction>) {
  const [picked, setPicked] = useState<Picked | null>(null)
  useEffect(() => setPicked(null), [form.state])
  const shown = picked?.values ?? initial
  return {
    picked,
    field: (name: keyof AddressValues) => (picked ? { name, defaultValue: picked.values[name], error: form.e[name] } : form.field(name, initial[name])),
    current: picked?.id ?? book?.find((a) => sameAddress(a, shown))?.id ?? OTHER,
    pick: (a: SavedAddress) => setPicked({ id: a.id, values: addressValues(a) }),
    typeAnother: () => setPicked({ id: OTHER, values: { ...shown, address_1: "", postal_code: "", city: "", province: "" } }),
  }
}

export type SavedAddressChoiceState = ReturnType<typeof useSavedAddressChoice>

/** Remounts the fields when the choice changes, so their default values follow it. */
export const fieldsKey = (choice: SavedAddressChoiceState) => (choice.picked ? `picked-${choice.picked.id}` : "as-saved")

export const isTypedAddress = (choice: SavedAddressChoiceState) => choice.current === OTHER

/** The radios of her saved addresses and «A un altro indirizzo». */
export function SavedAddressChoice({ book, choice, t, idPrefix = "", legend = t("checkout.address.book_legend") }: { book: readonly SavedAddress[]; choice: SavedAddressChoiceState; t: Translate; idPrefix?: string; legend?: string }) {
  // defaultChecked, not checked: React resets a form after its action, and a controlled radio would then show the
  // first render's choice while the fields follow the saved one; the key redraws the radios on each choice instead.
  return (
    <fieldset className="choice-group" key={`book-${choice.current}`}>
      <legend>{legend}</legend>
      {book.map((a) => (
        <Choice
          key={a.id}
          id={`${idPrefix}book-${a.id}`}
          name="book_choice"
          value={a.id}
          defaultChecked={choice.current === a.id}
          onChange={() => choice.pick(a)}
          label={a.address_name ? `${a.address_name}: ${addressLine(a)}` : addressLine(a)}
        />
      ))}
      <Choice id={`${idPrefix}book-other`} name="book_choice" value={OTHER} defaultChecked={choice.current === OTHER} onChange={choice.typeAnother} label={t("checkout.address.book_other")} />
    </fieldset>
  )
}
