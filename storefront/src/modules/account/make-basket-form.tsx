"use client"

import { makeBasketFromCart } from "@/lib/actions/baskets"
import { ActionForm, useFormAction } from "@/modules/common/action-form"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextField } from "@/modules/common/text-field"
import { CadenceFields } from "./basket-cadence-fields"

type Address = { first_name?: string | null; last_name?: string | null; address_1?: string | null; postal_code?: string | null; city?: string | null; phone?: string | null }

/**
 * «Rendi fissa questa spesa»: the cart's products every round (or every other, or monthly). A cart
 * that already has its delivery (address or pickup point) keeps it; otherwise the address is asked here.
 */
export function MakeBasketForm({ needsAddress, address }: { needsAddress: boolean; address: Address | null }) {
  const form = useFormAction(makeBasketFromCart)
  const { t, v, e } = form
  const field = (name: keyof Address, label: string, extra: Record<string, string> = {}) => (
    <TextField name={name} idPrefix="basket-" label={label} defaultValue={v[name] ?? address?.[name] ?? ""} error={e[name]} {...extra} />
  )
  return (
    <ActionForm form={form} summary className="auth-form">
      <CadenceFields idPrefix="new-" value={v.cadence ?? "every_round"} error={e.cadence} />
      {needsAddress ? (
        <fieldset className="choice-group">
          <legend>{t("basket.address")}</legend>
          {field("first_name", t("checkout.address.first_name"), { autoComplete: "given-name" })}
          {field("last_name", t("checkout.address.last_name"), { autoComplete: "family-name" })}
          {field("address_1", t("checkout.address.address_1"), { autoComplete: "address-line1" })}
          {field("postal_code", t("checkout.address.postal_code"), { autoComplete: "postal-code", inputMode: "numeric" })}
          {field("city", t("checkout.address.city"), { autoComplete: "address-level2" })}
          {field("phone", t("checkout.address.phone"), { autoComplete: "tel", inputMode: "tel" })}
        </fieldset>
      ) : null}
      <p className="muted">{t("basket.pay_on_delivery")}</p>
      <SubmitButton pendingLabel={t("basket.making")}>{t("basket.make")}</SubmitButton>
    </ActionForm>
  )
}
