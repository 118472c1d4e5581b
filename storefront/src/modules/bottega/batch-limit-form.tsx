"use client"

import { createBatchLimit, deleteBatchLimit, updateBatchLimit } from "@/lib/actions/vendor-batches"
import type { VendorBatchLimit } from "@/lib/data/bottega-rounds"
import { ActionForm, useFormAction } from "@/modules/common/action-form"
import { Choice } from "@/modules/common/choice"
import { NumberField } from "@/modules/common/number-field"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextField } from "@/modules/common/text-field"

type BatchLimitFormProps = {
  /** The limit to change; a new one when absent. */
  limit?: VendorBatchLimit
  products: { id: string; title: string }[]
}

/** Name, how many per round, and which products share the count (one oven, one count). */
export function BatchLimitForm({ limit, products }: BatchLimitFormProps) {
  const form = useFormAction(limit ? updateBatchLimit : createBatchLimit)
  const { t, state } = form
  const prefix = limit ? `batch-${limit.id}-` : "batch-new-"
  const v = state.values ?? {}
  const e = state.fieldErrors ?? {}
  const chosen = new Set(limit?.products.map((p) => p.id) ?? [])
  const keep = state.ok && !limit
  return (
    <ActionForm form={form} summary className="auth-form batch-form">
      {limit ? <input type="hidden" name="batch_limit_id" value={limit.id} /> : null}
      <TextField
        idPrefix={prefix}
        name="name"
        required
        maxLength={80}
        label={t("bottega.batches.name")}
        hint={t("bottega.batches.name_hint")}
        defaultValue={keep ? "" : (v.name ?? limit?.name)}
        error={e.name}
      />
      <NumberField
        idPrefix={prefix}
        name="quantity"
        min={1}
        max={100000}
        step={1}
        required
        className="field--short"
        label={t("bottega.batches.quantity")}
        defaultValue={keep ? "" : (v.quantity ?? (limit ? String(limit.quantity) : ""))}
        error={e.quantity}
      />
      <fieldset className={`choice-group${e.product_ids ? " field--invalid" : ""}`} aria-describedby={e.product_ids ? `${prefix}products-error` : undefined}>
        <legend>{t("bottega.batches.products")}</legend>
        <div className="choice-group__options choice-group__options--stacked">
          {products.map((p) => (
            <Choice key={p.id} type="checkbox" id={`${prefix}product-${p.id}`} name="product_ids" value={p.id} defaultChecked={!keep && chosen.has(p.id)} label={p.title} />
          ))}
        </div>
        {e.product_ids ? (
          <p className="field__error" id={`${prefix}products-error`}>
            {e.product_ids}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton variant={limit ? "secondary" : "primary"}>{limit ? t("bottega.batches.save") : t("bottega.batches.create")}</SubmitButton>
    </ActionForm>
  )
}

/** The products are no longer limited per round. */
export function DeleteBatchLimitForm({ limit }: { limit: VendorBatchLimit }) {
  const form = useFormAction(deleteBatchLimit)
  const { t } = form
  return (
    <ActionForm form={form} className="inline-form">
      <input type="hidden" name="batch_limit_id" value={limit.id} />
      <SubmitButton variant="link">{t("bottega.batches.delete", { name: limit.name })}</SubmitButton>
    </ActionForm>
  )
}
