"use client"

import { saveAddress } from "@/lib/actions/checkout"
import { useFormAction } from "@/modules/common/action-form"
import { FormMessages } from "@/modules/common/form-messages"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextField } from "@/modules/common/text-field"

export type AddressValues = {
  first_name: string
  last_name: string
  address_1: string
  postal_code: string
  city: string
  province: string
  phone: string
}

export function AddressStep({ address }: { address: AddressValues }) {
  const { t, state, action } = useFormAction(saveAddress)
  const value = (name: keyof AddressValues) => state.values?.[name] ?? address[name]
  const error = (name: keyof AddressValues) => state.fieldErrors?.[name]
  return (
    <form action={action} className="checkout-form">
      <FormMessages state={state.ok ? { message: t("checkout.saved") } : state} summary={t("errors.form_summary")} />
      <p className="muted">{t("checkout.all_required")}</p>
      <div className="field-row">
        <TextField name="first_name" label={t("checkout.address.first_name")} autoComplete="given-name" required maxLength={80} defaultValue={value("first_name")} error={error("first_name")} />
        <TextField name="last_name" label={t("checkout.address.last_name")} autoComplete="family-name" required maxLength={80} defaultValue={value("last_name")} error={error("last_name")} />
      </div>
      <TextField name="address_1" label={t("checkout.address.address_1")} autoComplete="address-line1" required maxLength={160} defaultValue={value("address_1")} error={error("address_1")} />
      <div className="field-row">
        <TextField
          name="postal_code"
          label={t("checkout.address.postal_code")}
          autoComplete="postal-code"
          inputMode="numeric"
          pattern="[0-9]{5}"
          required
          maxLength={5}
          defaultValue={value("postal_code")}
          error={error("postal_code")}
          className="field--short"
        />
        <TextField name="city" label={t("checkout.address.city")} autoComplete="address-level2" required maxLength={80} defaultValue={value("city")} error={error("city")} />
        <TextField
          name="province"
          label={t("checkout.address.province")}
          autoComplete="address-level1"
          pattern="[A-Za-z]{2}"
          required
          maxLength={2}
          defaultValue={value("province")}
          error={error("province")}
          className="field--short"
        />
      </div>
      <TextField
        name="phone"
        type="tel"
        label={t("checkout.address.phone")}
        hint={t("checkout.address.phone_hint")}
        autoComplete="tel"
        pattern="\+?[0-9 ]{6,20}"
        required
        maxLength={20}
        defaultValue={value("phone")}
        error={error("phone")}
      />
      <p className="muted">{t("checkout.address.country")}</p>
      <SubmitButton variant="secondary">{t("checkout.continue")}</SubmitButton>
    </form>
  )
}
