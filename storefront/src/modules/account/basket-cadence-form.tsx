"use client"

import { useActionState } from "react"
import { saveBasketCadence } from "@/lib/actions/baskets"
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state"
import { FormMessages } from "@/modules/common/form-messages"
import { useI18n } from "@/modules/common/i18n-provider"
import { SubmitButton } from "@/modules/common/submit-button"
import { CadenceFields } from "./basket-cadence-fields"

export function BasketCadenceForm({ basketId, cadence }: { basketId: string; cadence: string }) {
  const { t } = useI18n()
  const [state, action] = useActionState(saveBasketCadence, INITIAL_FORM_STATE)
  return (
    <form action={action} className="auth-form">
      <FormMessages state={state} />
      <input type="hidden" name="basket_id" value={basketId} />
      <CadenceFields idPrefix={`${basketId}-`} value={state.values?.cadence ?? cadence} error={state.fieldErrors?.cadence} />
      <SubmitButton variant="secondary">{t("basket.save_cadence")}</SubmitButton>
    </form>
  )
}
