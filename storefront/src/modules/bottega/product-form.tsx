"use client"

import { useState } from "react"
import { createVendorProduct } from "@/lib/actions/vendor-products"
import { ActionForm, useFormAction } from "@/modules/common/action-form"
import { SubmitButton } from "@/modules/common/submit-button"
import { TextArea } from "@/modules/common/text-area"
import { TextField } from "@/modules/common/text-field"
import type { VendorCatalogue } from "@/lib/data/bottega"
import { ClassificationFields, EnglishFields, PhotoField, PRICE_INPUT, StatusChoice, STOCK_INPUT } from "./product-fields"

/** New product: a photo, the words, where it is filed and its VAT, and one variant (more with "Aggiungi variante"). */
export function ProductForm({ catalogue }: { catalogue: VendorCatalogue }) {
  const form = useFormAction(createVendorProduct)
  const { t, v, e } = form
  const [rows, setRows] = useState<number[]>(() => Array.from({ length: Number(v.variant_count) || 1 }, (_, i) => i))
  const [nextRow, setNextRow] = useState(rows.length)
  const several = rows.length > 1
  return (
    <ActionForm form={form} summary className="auth-form bottega-form">
      <PhotoField name="photo" label={t("bottega.fields.photo")} error={e.photo} />
      <TextField name="title" required maxLength={200} label={t("bottega.fields.title")} defaultValue={v.title} error={e.title} />
      <TextField name="subtitle" maxLength={200} label={t("bottega.fields.subtitle")} hint={t("bottega.fields.subtitle_hint")} defaultValue={v.subtitle} error={e.subtitle} />
      <TextArea name="description" maxLength={5000} label={t("bottega.fields.description")} defaultValue={v.description} error={e.description} />
      <EnglishFields values={v} errors={e} />
      <ClassificationFields catalogue={catalogue} categoryId={v.category_id} vatClassId={v.vat_class_id} errors={e} />

      {rows.map((row, index) => (
        <fieldset key={row} className="form-section variant-row">
          <legend>{several ? t("bottega.product.variant_n", { number: index + 1 }) : t("bottega.product.price_stock")}</legend>
          <TextField
            idPrefix={`v${row}-`}
            name="variant_title"
            required
            maxLength={120}
            label={t("bottega.fields.variant_title")}
            hint={index === 0 ? t("bottega.fields.variant_title_hint") : undefined}
            defaultValue={v[`variant_title_${index}`] ?? (index === 0 ? t("bottega.product.variant_default") : "")}
            error={e[`variant_title_${index}`]}
          />
          <TextField
            idPrefix={`v${row}-`}
            name="variant_title_en"
            lang="en"
            maxLength={120}
            label={t("bottega.fields.variant_title_en")}
            hint={index === 0 ? t("bottega.fields.variant_title_en_hint") : undefined}
            defaultValue={v[`variant_title_en_${index}`]}
            error={e[`variant_title_en_${index}`]}
          />
          <div className="field-row">
            <TextField
              idPrefix={`v${row}-`}
              name="variant_price"
              {...PRICE_INPUT}
              label={t("bottega.fields.price")}
              hint={t("bottega.fields.price_hint")}
              defaultValue={v[`variant_price_${index}`]}
              error={e[`variant_price_${index}`]}
            />
            <TextField
              idPrefix={`v${row}-`}
              name="variant_stock"
              {...STOCK_INPUT}
              label={t("bottega.fields.stock")}
              defaultValue={v[`variant_stock_${index}`] ?? "1"}
              error={e[`variant_stock_${index}`]}
            />
          </div>
          <TextField
            idPrefix={`v${row}-`}
            name="variant_sku"
            maxLength={80}
            label={t("bottega.fields.sku")}
            defaultValue={v[`variant_sku_${index}`]}
            error={e[`variant_sku_${index}`]}
          />
          {several ? (
            <button type="button" className="button button--link" onClick={() => setRows(rows.filter((r) => r !== row))}>
              {t("bottega.product.remove_variant", { number: index + 1 })}
            </button>
          ) : null}
        </fieldset>
      ))}
      <p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setRows([...rows, nextRow])
            setNextRow(nextRow + 1)
          }}
        >
          {t("bottega.product.add_variant")}
        </button>
      </p>

      <StatusChoice defaultValue={v.status === "draft" ? "draft" : "published"} error={e.status} />
      <SubmitButton className="button--large" pendingLabel={t("bottega.product.saving")}>
        {t("bottega.product.create")}
      </SubmitButton>
    </ActionForm>
  )
}
