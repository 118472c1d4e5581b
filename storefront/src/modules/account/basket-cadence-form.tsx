"use client"

import { saveBasketCadence } from "@/lib/actions/baskets"
import { ActionForm, useFormAction } from "@/modules/common/action-form"
import { SubmitButton } from "@/modules/common/submit-button"
import { CadenceFields } from "./basket-cadence-fields"

export function BasketCadenceForm({ basketId, cadence }: { basketId: string; cadence: string }) {
  const form = useFormAction(saveBasketCadence)
  const { t, state } = form
  return (
    <ActionForm form={form} className="auth-form">
      <input type="hidden" name="basket_id" value={basketId} />
      <CadenceFields idPrefix={`${basketId}-`} value={state.values?.cadence ?? cadence} error={state.fieldErrors?.cadence} />
      <SubmitButton variant="secondary">{t("basket.save_cadence")}</SubmitButton>
    </ActionForm>
  )
}
