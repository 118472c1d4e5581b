"use client"

import { recordWeights } from "@/lib/actions/vendor-orders"
import type { VendorRound } from "@/lib/data/bottega-rounds"
import { formatGrams } from "@/lib/util/weight"
import { ActionForm, useFormAction } from "@/modules/common/action-form"
import { FormMessages } from "@/modules/common/form-messages"
import { useI18n } from "@/modules/common/i18n-provider"
import { SubmitButton } from "@/modules/common/submit-button"
import { NumberField } from "@/modules/common/number-field"
import { WHOLE_NUMBER } from "./product-fields"

type PackedOrder = VendorRound["orders"][number]

/**
 * On the packing list: the real weight (grams) of each line sold by weight of one order; once
 * weighed, the same form corrects a weight typed wrong until the goods leave the workshop.
 */
export function WeightsForm({ order, label }: { order: PackedOrder; label: string }) {
  const { t, locale } = useI18n()
  const form = useFormAction(recordWeights)
  const { state, v, e } = form
  // Once handed over the form is gone, but its answer stays: it stays mounted to say how the weighing went.
  if (!order.can_weigh) return <FormMessages state={state} />
  const weighed = order.items.filter((i) => i.weight)
  const correcting = weighed.some((i) => i.weight!.grams !== null)
  return (
    <ActionForm form={form} className="no-print weights-form" aria-label={t("bottega.rounds.weights_label", { order: label })}>
      <input type="hidden" name="order_id" value={order.order_id} />
      {weighed.map((item) => (
        <NumberField
          key={item.item_id}
          name={`grams_${item.item_id}`}
          idPrefix={`${order.order_id}-`}
          label={t("bottega.rounds.weight_field", { item: item.quantity > 1 ? `${item.quantity} × ${item.title}` : item.title })}
          hint={t("bottega.rounds.weight_hint", { estimate: formatGrams(item.weight!.estimated_grams, locale), tolerance: item.weight!.tolerance_percent })}
          {...WHOLE_NUMBER}
          min={1}
          max={100000}
          defaultValue={v[`grams_${item.item_id}`] ?? (item.weight!.grams !== null ? String(item.weight!.grams) : "")}
          error={e[`grams_${item.item_id}`]}
        />
      ))}
      {correcting ? <p className="field__hint">{t("bottega.rounds.weights_correct_hint")}</p> : null}
      <SubmitButton variant={correcting ? "secondary" : "primary"} pendingLabel={t("bottega.rounds.weights_saving")}>
        {correcting ? t("bottega.rounds.weights_correct") : t("bottega.rounds.weights_save")}
      </SubmitButton>
    </ActionForm>
  )
}
