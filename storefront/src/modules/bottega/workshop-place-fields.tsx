"use client"

import type { Translate } from "@/lib/i18n/translate"
import { TextField } from "@/modules/common/text-field"

type WorkshopPlaceFieldsProps = {
  t: Translate
  v: Record<string, string | null | undefined>
  e: Record<string, string>
  /** The application also asks the city (beside the postal code); the profile's shop is in Verona already. */
  withCity?: boolean
}

/** «Dove»: the workshop's address, postal code and map coordinates, as the application and the profile ask them. */
export function WorkshopPlaceFields({ t, v, e, withCity = false }: WorkshopPlaceFieldsProps) {
  const postalCode = <TextField name="postal_code" autoComplete="postal-code" inputMode="numeric" required maxLength={5} className="field--short" label={t("checkout.address.postal_code")} defaultValue={v.postal_code ?? undefined} error={e.postal_code} />
  return (
    <fieldset className="form-section">
      <legend>{t("bottega.apply.where")}</legend>
      <TextField name="address_1" autoComplete="address-line1" required maxLength={200} label={t("checkout.address.address_1")} defaultValue={v.address_1 ?? undefined} error={e.address_1} />
      {withCity ? (
        <div className="field-row">
          {postalCode}
          <TextField name="city" autoComplete="address-level2" maxLength={80} label={t("checkout.address.city")} defaultValue={v.city ?? "Verona"} error={e.city} />
        </div>
      ) : (
        postalCode
      )}
      <p className="field__hint">{t("bottega.fields.coordinates_hint")}</p>
      <div className="field-row">
        <TextField name="lat" inputMode="decimal" maxLength={20} label={t("bottega.fields.lat")} defaultValue={v.lat ?? undefined} error={e.lat} />
        <TextField name="lng" inputMode="decimal" maxLength={20} label={t("bottega.fields.lng")} defaultValue={v.lng ?? undefined} error={e.lng} />
      </div>
    </fieldset>
  )
}
