"use client"

import { useState } from "react"
import type { VendorCatalogue } from "@/lib/data/bottega"
import { Choice } from "@/modules/common/choice"
import { FieldFrame } from "@/modules/common/field-frame"
import { useI18n } from "@/modules/common/i18n-provider"
import { TextArea } from "@/modules/common/text-area"
import { TextField } from "@/modules/common/text-field"

/** The input attributes of a price in euro and of a count of pieces, wherever a size is typed in. */
export const PRICE_INPUT = { required: true, inputMode: "decimal", maxLength: 12, className: "field--short" } as const
/** A NumberField's whole number (grams, a percentage): required, in steps of one, a short field. */
export const WHOLE_NUMBER = { step: 1, required: true, className: "field--short" } as const
export const STOCK_INPUT = { type: "number", inputMode: "numeric", min: 0, max: 100000, step: 1, className: "field--short" } as const

/** A photo from the phone's camera or gallery (≤ 5 MB), uploaded when the form is sent. */
export function PhotoField({ name, label, error, current }: { name: string; label: string; error?: string; current?: string | null }) {
  const { t } = useI18n()
  return (
    <FieldFrame id={name} label={label} error={error} hint={current ? t("bottega.fields.photo_replace_hint") : t("bottega.fields.photo_hint")}>
      {(control) => (
        <>
          {current ? <img src={current} alt={t("bottega.fields.photo_current")} width={120} height={120} className="photo-preview" /> : null}
          <input {...control} name={name} type="file" accept="image/*" />
        </>
      )}
    </FieldFrame>
  )
}

/** On sale now, or kept as a draft that residents do not see. */
export function StatusChoice({ defaultValue, error }: { defaultValue: "draft" | "published"; error?: string }) {
  const { t } = useI18n()
  return (
    <fieldset className="choice-group choice-group--stacked">
      <legend>{t("bottega.fields.status")}</legend>
      <Choice id="status-published" name="status" value="published" defaultChecked={defaultValue === "published"} label={t("bottega.product.status_published_choice")} />
      <Choice id="status-draft" name="status" value="draft" defaultChecked={defaultValue === "draft"} label={t("bottega.product.status_draft_choice")} />
      {error ? <p className="field__error">{error}</p> : null}
    </fieldset>
  )
}

type SelectFieldProps = {
  name: string
  label: string
  hint: string
  placeholder: string
  options: { value: string; label: string }[]
  value: string
  onChange: (value: string) => void
  error?: string
}

function SelectField({ name, label, hint, placeholder, options, value, onChange, error }: SelectFieldProps) {
  const describedBy = [`${name}-hint`, error ? `${name}-error` : null].filter(Boolean).join(" ")
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label htmlFor={name}>{label}</label>
      <p className="field__hint" id={`${name}-hint`}>
        {hint}
      </p>
      <select id={name} name={name} required value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={describedBy}>
        <option value="" disabled>
          {placeholder}
        </option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error ? (
        <p className="field__error" id={`${name}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  )
}

type ClassificationFieldsProps = {
  catalogue: VendorCatalogue
  categoryId?: string | null
  vatClassId?: string | null
  errors: Record<string, string>
}

/**
 * Where residents find the product and the VAT it carries, from the network's lists. Until the
 * maker picks a VAT class, choosing a category proposes the class its products usually have.
 */
export function ClassificationFields({ catalogue, categoryId, vatClassId, errors }: ClassificationFieldsProps) {
  const { t } = useI18n()
  const [category, setCategory] = useState(categoryId ?? "")
  const [vatClass, setVatClass] = useState(vatClassId ?? "")
  const [vatChosen, setVatChosen] = useState(Boolean(vatClassId))
  const chooseCategory = (id: string) => {
    setCategory(id)
    const suggested = catalogue.categories.find((c) => c.id === id)?.suggested_vat_class_id
    if (!vatChosen && suggested) setVatClass(suggested)
  }
  return (
    <div className="field-row">
      <SelectField
        name="category_id"
        label={t("bottega.fields.category")}
        hint={t("bottega.fields.category_hint")}
        placeholder={t("bottega.fields.category_placeholder")}
        options={catalogue.categories.map((c) => ({ value: c.id, label: c.name }))}
        value={category}
        onChange={chooseCategory}
        error={errors.category_id}
      />
      <SelectField
        name="vat_class_id"
        label={t("bottega.fields.vat_class")}
        hint={t("bottega.fields.vat_class_hint")}
        placeholder={t("bottega.fields.vat_class_placeholder")}
        options={catalogue.vat_classes.map((v) => ({
          value: v.id,
          label: v.rate === null ? v.name : t("bottega.fields.vat_class_option", { name: v.name, rate: v.rate }),
        }))}
        value={vatClass}
        onChange={(id) => {
          setVatClass(id)
          setVatChosen(true)
        }}
        error={errors.vat_class_id}
      />
    </div>
  )
}

type EnglishFieldsProps = {
  values: { title_en?: string | null; subtitle_en?: string | null; description_en?: string | null }
  errors: Record<string, string>
}

/**
 * The product's words in English, for residents who read the shop in English: optional, folded
 * away unless already written or refused; what is left empty shows them the Italian.
 */
export function EnglishFields({ values, errors }: EnglishFieldsProps) {
  const { t } = useI18n()
  const written = Boolean(values.title_en || values.subtitle_en || values.description_en)
  const refused = Boolean(errors.title_en || errors.subtitle_en || errors.description_en)
  return (
    <details className="form-section" open={written || refused}>
      <summary>{t("bottega.fields.english_summary")}</summary>
      <p className="field__hint">{t("bottega.fields.english_hint")}</p>
      <TextField name="title_en" lang="en" maxLength={200} label={t("bottega.fields.title_en")} defaultValue={values.title_en ?? ""} error={errors.title_en} />
      <TextField name="subtitle_en" lang="en" maxLength={200} label={t("bottega.fields.subtitle_en")} defaultValue={values.subtitle_en ?? ""} error={errors.subtitle_en} />
      <TextArea name="description_en" lang="en" maxLength={5000} label={t("bottega.fields.description_en")} defaultValue={values.description_en ?? ""} error={errors.description_en} />
    </details>
  )
}
