"use client"

import { setProductClaim } from "@/lib/actions/vendor-charter"
import type { Criterion, ProductClaim } from "@/lib/data/brand"
import { ActionForm, useFormAction } from "@/modules/common/action-form"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextField } from "@/modules/common/text-field"

const euroField = (cents: number | null | undefined) => (typeof cents === "number" ? (cents / 100).toFixed(2).replace(".", ",") : "")

/** One product: which criteria it meets, and (optionally) materials and labour in its price. */
export function CharterClaimsForm({ product, criteria, claim }: { product: { id: string; title: string }; criteria: Criterion[]; claim?: ProductClaim }) {
  const form = useFormAction(setProductClaim)
  const { t, state, e } = form
  const submitted = state.values?.criteria
  const chosen = new Set(submitted !== undefined ? submitted.split(",").filter(Boolean) : (claim?.criteria ?? []))
  return (
    <ActionForm form={form} className="bottega-form form-section">
      <input type="hidden" name="product_id" value={product.id} />
      <fieldset className="choice-group">
        <legend>{t("charter.bottega.claims.criteria", { product: product.title })}</legend>
        {criteria.map((c) => (
          <div key={c.key} className="choice">
            <input type="checkbox" id={`${product.id}-${c.key}`} name="criteria" value={c.key} defaultChecked={chosen.has(c.key)} />
            <label htmlFor={`${product.id}-${c.key}`}>{c.title}</label>
          </div>
        ))}
      </fieldset>
      <TextField name="materials" idPrefix={`${product.id}-`} inputMode="decimal" label={`${t("charter.bottega.claims.materials")} · ${product.title}`} defaultValue={state.values?.materials ?? euroField(claim?.materials)} error={e.materials} />
      <TextField name="labour" idPrefix={`${product.id}-`} inputMode="decimal" label={`${t("charter.bottega.claims.labour")} · ${product.title}`} defaultValue={state.values?.labour ?? euroField(claim?.labour)} error={e.labour} />
      <SubmitButton>{t("charter.bottega.claims.save", { product: product.title })}</SubmitButton>
    </ActionForm>
  )
}
