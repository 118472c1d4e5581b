"use client"

import { useActionState, type InputHTMLAttributes, type ReactNode } from "react"
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state"
import { addVendorVariant, removeVendorVariant, updateVendorVariant } from "@/lib/actions/vendor-variants"
import type { VendorProductVariant } from "@/lib/data/bottega"
import { euroInput, variantStock } from "@/lib/util/bottega"
import { useFormAction } from "@/modules/common/action-form"
import { FormMessages } from "@/modules/common/form-messages"
import { useI18n } from "@/modules/common/i18n-provider"
import { SubmitButton } from "@/modules/common/submit-button"
import { PRICE_INPUT, STOCK_INPUT } from "./product-fields"

type FieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & { id: string; label: ReactNode; hint?: string; error?: string }

/** Words only screen readers hear, so each size's fields have their own name ("Pezzi disponibili di …"). */
const Unseen = ({ children }: { children: string }) => <span className="visually-hidden">{children}</span>

/** A size's field label: the word, the size's name for screen readers only, and the word's tail («Prezzo … (€)»). */
const sized = (word: string, suffix: ReactNode, tail?: string) => (
  <>
    {word}
    {suffix}
    {tail}
  </>
)

function Field({ id, label, hint, error, className, ...input }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined
  return (
    <div className={`field${error ? " field--invalid" : ""}${className ? ` ${className}` : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  )
}

type VariantFormProps = { productId: string; variant: VendorProductVariant; name: string }

/** One size: its name, price (VAT included) and pieces, saved together; "take off sale" next to it. */
export function VariantForm({ productId, variant, name }: VariantFormProps) {
  const { t } = useI18n()
  const [state, save] = useActionState(updateVendorVariant, INITIAL_FORM_STATE)
  const [removal, remove] = useActionState(removeVendorVariant, INITIAL_FORM_STATE)
  const v = state.values ?? {}
  const e = state.fieldErrors ?? {}
  const price = variant.prices?.find((p) => p.currency_code === "eur")?.amount
  const stock = variantStock(variant)
  const id = `variant-${variant.id}`
  const suffix = <Unseen>{t("bottega.fields.of_variant", { title: name })}</Unseen>
  return (
    <form action={save} className="variant-form">
      <fieldset className="form-section">
        <legend>{variant.title}</legend>
        <FormMessages state={removal.error ? removal : state} />
        <input type="hidden" name="product_id" value={productId} />
        <input type="hidden" name="variant_id" value={variant.id} />
        <div className="field-row">
          <Field id={`${id}-title`} name="title" required maxLength={120} label={sized(t("bottega.fields.variant_name"), suffix)} defaultValue={v.title ?? variant.title} error={e.title} />
          <Field id={`${id}-title-en`} name="title_en" lang="en" maxLength={120} label={sized(t("bottega.fields.variant_name_en"), suffix)} defaultValue={v.title_en ?? variant.title_en ?? ""} error={e.title_en} />
          <Field id={`${id}-price`} name="price" {...PRICE_INPUT} label={sized(t("bottega.fields.price_word"), suffix, t("bottega.fields.price_tail"))} defaultValue={v.price ?? euroInput(price)} error={e.price} />
          <Field id={`${id}-stock`} name="stock" {...STOCK_INPUT} label={sized(t("bottega.fields.stock"), suffix)} hint={t("bottega.products.reserved", { count: stock.reserved })} defaultValue={v.stock ?? String(stock.stocked)} error={e.stock} />
        </div>
        <div className="actions">
          <SubmitButton variant="secondary" aria-label={t("bottega.product.variant_save_label", { title: name })}>
            {t("bottega.product.variant_save")}
          </SubmitButton>
          {variant.can_remove ? (
            <SubmitButton variant="link" formAction={remove} formNoValidate aria-label={t("bottega.product.variant_remove_label", { title: name })}>
              {t("bottega.product.variant_remove")}
            </SubmitButton>
          ) : (
            <p className="field__hint">{t("bottega.product.variant_only_one")}</p>
          )}
        </div>
      </fieldset>
    </form>
  )
}

/** A new size: name, price and pieces; on sale as soon as it is added. */
export function AddVariantForm({ productId }: { productId: string }) {
  const { t, state, action, v, e } = useFormAction(addVendorVariant)
  const suffix = <Unseen>{t("bottega.fields.new_variant")}</Unseen>
  return (
    <form action={action} className="variant-form">
      <fieldset className="form-section">
        <legend>{t("bottega.product.add_variant_title")}</legend>
        <p className="field__hint">{t("bottega.product.add_variant_hint")}</p>
        <FormMessages state={state} />
        <input type="hidden" name="product_id" value={productId} />
        <div className="field-row">
          <Field id="new-variant-title" name="title" required maxLength={120} label={t("bottega.fields.new_variant_name")} defaultValue={v.title} error={e.title} />
          <Field id="new-variant-title-en" name="title_en" lang="en" maxLength={120} label={t("bottega.fields.new_variant_name_en")} defaultValue={v.title_en} error={e.title_en} />
          <Field id="new-variant-price" name="price" {...PRICE_INPUT} label={sized(t("bottega.fields.price_word"), suffix, t("bottega.fields.price_tail"))} hint={t("bottega.fields.price_hint")} defaultValue={v.price} error={e.price} />
          <Field id="new-variant-stock" name="stock" {...STOCK_INPUT} label={sized(t("bottega.fields.stock"), suffix)} defaultValue={v.stock ?? "0"} error={e.stock} />
        </div>
        <SubmitButton variant="secondary" pendingLabel={t("bottega.product.saving")}>
          {t("bottega.product.add_variant_submit")}
        </SubmitButton>
      </fieldset>
    </form>
  )
}
