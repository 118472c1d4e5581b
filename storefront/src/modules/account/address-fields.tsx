import type { Translate } from "@/lib/i18n/translate"
import type { AddressValues } from "@/lib/util/checkout-address"
import { TextField } from "@/modules/common/text-field"

type Field = (name: keyof AddressValues) => { name: string; defaultValue?: string | number; error?: string }

/**
 * Who receives, and where (the street only for home delivery): the checkout's recipient step and the
 * resident's address book ask the same, with the same rules as the actions' schema.
 */
export function AddressFields({ field, t, home, idPrefix = "", phoneHint }: { field: Field; t: Translate; home: boolean; idPrefix?: string; phoneHint?: string }) {
  return (
    <>
      <div className="field-row">
        <TextField {...field("first_name")} idPrefix={idPrefix} label={t("checkout.address.first_name")} autoComplete="given-name" required maxLength={80} />
        <TextField {...field("last_name")} idPrefix={idPrefix} label={t("checkout.address.last_name")} autoComplete="family-name" required maxLength={80} />
      </div>
      {home ? (
        <>
          <TextField {...field("address_1")} idPrefix={idPrefix} label={t("checkout.address.address_1")} autoComplete="address-line1" required maxLength={160} />
          <div className="field-row">
            <TextField {...field("postal_code")} idPrefix={idPrefix} label={t("checkout.address.postal_code")} autoComplete="postal-code" inputMode="numeric" pattern="[0-9]{5}" required maxLength={5} className="field--short" />
            <TextField {...field("city")} idPrefix={idPrefix} label={t("checkout.address.city")} autoComplete="address-level2" required maxLength={80} />
            <TextField {...field("province")} idPrefix={idPrefix} label={t("checkout.address.province")} autoComplete="address-level1" pattern="[A-Za-z]{2}" required maxLength={2} className="field--short" />
          </div>
        </>
      ) : null}
      <TextField {...field("phone")} idPrefix={idPrefix} type="tel" label={t("checkout.address.phone")} hint={phoneHint} autoComplete="tel" pattern="\+?[0-9 ]{6,20}" required maxLength={20} />
    </>
  )
}
