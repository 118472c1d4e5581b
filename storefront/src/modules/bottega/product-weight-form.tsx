"use client"

import { useState } from "react"
import { setVendorWeightPricing } from "@/lib/actions/vendor-products"
import type { VendorProduct } from "@/lib/data/bottega"
import { euroInput } from "@/lib/util/bottega"
import { ActionForm, useFormAction } from "@/modules/common/action-form"
import { NumberField } from "@/modules/common/number-field"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextField } from "@/modules/common/text-field"
import { PRICE_INPUT, WHOLE_NUMBER } from "./product-fields"

/**
 * Sold by weight: price per kg, the estimated weight of a piece and the tolerance. The size's
 * price becomes the price of the estimate; the resident pays the weight the maker enters when packing.
 */
export function ProductWeightForm({ product }: { product: Pick<VendorProduct, "id" | "weight_pricing" | "variants" | "can_sell_by_weight"> }) {
  const form = useFormAction(setVendorWeightPricing)
  const { t, state } = form
  const wp = product.weight_pricing ?? null
  const v = state.values ?? {}
  const e = state.fieldErrors ?? {}
  const [byWeight, setByWeight] = useState(v.by_weight ? v.by_weight === "on" : Boolean(wp))
  if (!wp && product.can_sell_by_weight === false) {
    return (
      <div className="auth-form bottega-form">
        <div className="choice">
          <input type="checkbox" id="by_weight" disabled aria-describedby="by_weight-hint" />
          <label htmlFor="by_weight">{t("bottega.weight.by_weight")}</label>
        </div>
        <p className="field__hint" id="by_weight-hint">
          {t("bottega.weight.one_size")}
        </p>
      </div>
    )
  }
  return (
    <ActionForm form={form} summary className="auth-form bottega-form">
      <input type="hidden" name="id" value={product.id} />
      <div className={`choice${e.by_weight ? " field--invalid" : ""}`}>
        {/* defaultChecked, not checked: React resets the form after its action (docs/medusa-notes.md). */}
        <input type="checkbox" id="by_weight" name="by_weight" defaultChecked={byWeight} onChange={(ev) => setByWeight(ev.target.checked)} aria-describedby={e.by_weight ? "by_weight-error" : undefined} />
        <label htmlFor="by_weight">{t("bottega.weight.by_weight")}</label>
      </div>
      {e.by_weight ? (
        <p className="field__error" id="by_weight-error">
          {product.variants.length > 1 ? t("bottega.weight.one_size") : e.by_weight}
        </p>
      ) : null}
      {byWeight ? (
        <div className="field-row">
          <TextField name="price_per_kg" label={t("bottega.weight.price_per_kg")} {...PRICE_INPUT} defaultValue={v.price_per_kg ?? euroInput(wp?.price_per_kg)} error={e.price_per_kg} />
          <NumberField {...form.field("unit_grams", wp?.unit_grams ?? "")} {...WHOLE_NUMBER} min={1} max={100000} label={t("bottega.weight.unit_grams")} hint={t("bottega.weight.unit_grams_hint")} />
          <NumberField {...form.field("tolerance_percent", wp?.tolerance_percent ?? 10)} {...WHOLE_NUMBER} min={0} max={50} label={t("bottega.weight.tolerance")} hint={t("bottega.weight.tolerance_hint")} />
        </div>
      ) : null}
      <SubmitButton pendingLabel={t("bottega.product.saving")}>{t("bottega.weight.save")}</SubmitButton>
    </ActionForm>
  )
}
