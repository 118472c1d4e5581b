"use client"

import { saveBasketLines } from "@/lib/actions/baskets"
import type { BasketLine } from "@/lib/data/baskets"
import { ActionForm, useFormAction } from "@/modules/common/action-form"
import { NumberField } from "@/modules/common/number-field"
import { SubmitButton } from "@/modules/common/submit-button"

/** How many of each product every time (0 takes it out of the basket). */
export function BasketLinesForm({ basketId, lines }: { basketId: string; lines: BasketLine[] }) {
  const form = useFormAction(saveBasketLines)
  const { t, v, e } = form
  return (
    <ActionForm form={form} summary className="basket-lines">
      <input type="hidden" name="basket_id" value={basketId} />
      {lines.map((line) => {
        const title = [line.product?.title, line.title && !/^(default|unico|standard)/i.test(line.title) ? line.title : null].filter(Boolean).join(" · ") || line.variant_id
        return (
          <NumberField
            key={line.id}
            name={`qty_${line.variant_id}`}
            idPrefix={`${basketId}-`}
            label={line.available ? title : t("basket.line_unavailable", { title })}
            min={0}
            max={99}
            className="field--short"
            defaultValue={v[`qty_${line.variant_id}`] ?? String(line.quantity)}
            error={e[`qty_${line.variant_id}`]}
          />
        )
      })}
      <p className="field__hint">{t("basket.quantity_hint")}</p>
      <SubmitButton variant="secondary">{t("basket.save_lines")}</SubmitButton>
    </ActionForm>
  )
}
