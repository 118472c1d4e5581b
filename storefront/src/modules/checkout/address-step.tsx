"use client"

import { useState } from "react"
import { saveAddress } from "@/lib/actions/checkout"
import type { AddressValues } from "@/lib/util/checkout-address"
import type { Receiving } from "@/lib/util/receiving"
import { useFormAction } from "@/modules/common/action-form"
import { Choice } from "@/modules/common/choice"
import { FormMessages } from "@/modules/common/form-messages"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextField } from "@/modules/common/text-field"


/**
 * Who receives the order, and where: home delivery asks for the street; collection at a pickup
 * point only for who collects and a phone — a street would be asked for nothing.
 */
export function AddressStep({ address, receiving }: { address: AddressValues; receiving: Receiving }) {
  const form = useFormAction(saveAddress)
  const { t, state, action } = form
  const [chosen, setChosen] = useState<Receiving>((state.values?.receiving as Receiving | undefined) ?? receiving)
  const field = (name: keyof AddressValues) => form.field(name, address[name])
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
      <p className="muted">{t("checkout.all_required")}</p>
      <div className="field-row">
        <TextField {...field("first_name")} label={t("checkout.address.first_name")} autoComplete="given-name" required maxLength={80} />
        <TextField {...field("last_name")} label={t("checkout.address.last_name")} autoComplete="family-name" required maxLength={80} />
      </div>
      {chosen === "home" ? (
        <>
          <TextField {...field("address_1")} label={t("checkout.address.address_1")} autoComplete="address-line1" required maxLength={160} />
          <div className="field-row">
            <TextField {...field("postal_code")} label={t("checkout.address.postal_code")} autoComplete="postal-code" inputMode="numeric" pattern="[0-9]{5}" required maxLength={5} className="field--short" />
            <TextField {...field("city")} label={t("checkout.address.city")} autoComplete="address-level2" required maxLength={80} />
            <TextField {...field("province")} label={t("checkout.address.province")} autoComplete="address-level1" pattern="[A-Za-z]{2}" required maxLength={2} className="field--short" />
          </div>
        </>
      ) : null}
      <TextField
        {...field("phone")}
        type="tel"
        label={t("checkout.address.phone")}
        hint={t(chosen === "home" ? "checkout.address.phone_hint" : "checkout.address.phone_hint_pickup")}
        autoComplete="tel"
        pattern="\+?[0-9 ]{6,20}"
        required
        maxLength={20}
      />
      {chosen === "home" ? <p className="muted">{t("checkout.address.country")}</p> : null}
      <SubmitButton variant="secondary">{t("checkout.continue")}</SubmitButton>
    </form>
  )
}
