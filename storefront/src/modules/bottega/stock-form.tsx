"use client"

import { setVariantStock } from "@/lib/actions/vendor-products"
import { useFormAction } from "@/modules/common/action-form"
import { useI18n } from "@/modules/common/i18n-provider"
import { NumberField } from "@/modules/common/number-field"
import { SubmitButton } from "@/modules/common/submit-button"

type StockFormProps = { productId: string; variantId: string; name: string; stocked: number; reserved: number }

/** Pieces on the shelf for one variant, saved on its own (one small form per variant). */
export function StockForm({ productId, variantId, name, stocked, reserved }: StockFormProps) {
  const { t } = useI18n()
  const label = t("bottega.products.stock_label", { title: name })
  const { state, action } = useFormAction(setVariantStock)
  return (
    <form action={action} className="stock-form">
      <input type="hidden" name="product_id" value={productId} />
      <input type="hidden" name="variant_id" value={variantId} />
      <NumberField
        id={`stock-${variantId}`}
        name="quantity"
        className="field--quantity"
        label={label}
        hint={t("bottega.products.reserved", { count: reserved })}
        min={0}
        max={100000}
        step={1}
        required
        defaultValue={state.values?.quantity ?? String(stocked)}
        error={state.fieldErrors?.quantity ?? state.error}
        beside={{
          className: "stock-form__row",
          children: (
            <SubmitButton variant="secondary" aria-label={t("bottega.products.stock_save_label", { title: name })}>
              {t("bottega.products.stock_save")}
            </SubmitButton>
          ),
        }}
        after={<div role="status" className="form-status-region">{state.message ? <p className="field__ok">{state.message}</p> : null}</div>}
      />
    </form>
  )
}
