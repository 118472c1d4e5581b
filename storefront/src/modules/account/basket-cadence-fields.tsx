"use client"

import type { BasketCadence } from "@/lib/data/baskets"
import { Choice } from "@/modules/common/choice"
import { useI18n } from "@/modules/common/i18n-provider"

export const CADENCES: BasketCadence[] = ["every_round", "every_other_round", "monthly"]

/** «Ogni giro / Un giro sì e uno no / Una volta al mese» as real radios. */
export function CadenceFields({ idPrefix, value, error }: { idPrefix: string; value: string; error?: string }) {
  const { t } = useI18n()
  return (
    <fieldset className="choice-group" aria-describedby={error ? `${idPrefix}cadence-error` : undefined}>
      <legend>{t("basket.cadence")}</legend>
      <div className="choice-group__options choice-group__options--stacked">
        {CADENCES.map((c) => (
          <Choice key={c} id={`${idPrefix}cadence-${c}`} name="cadence" value={c} defaultChecked={value === c} label={t(`basket.cadences.${c}`)} />
        ))}
      </div>
      {error ? (
        <p className="field__error" id={`${idPrefix}cadence-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
