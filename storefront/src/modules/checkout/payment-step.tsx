"use client"

import { useEffect, useState } from "react"
import { placeOrder } from "@/lib/actions/checkout"
import { cardCheckoutOffer } from "@/lib/actions/checkout-payment"
import { ActionForm, useFormAction } from "@/modules/common/action-form"
import { Choice } from "@/modules/common/choice"
import { SubmitButton } from "@/modules/common/submit-button"
import { CardPaymentForm } from "./card-payment-form"
import type { CardOffer } from "./card-offer"

/**
 * Pay on delivery / at pickup through Medusa's system provider, then "Conferma ordine"; or, when
 * the network takes cards (Stripe configured on both sides), by card with Stripe's Payment
 * Element. Without Stripe the card choice never appears.
 */
export function PaymentStep({ providerId }: { providerId: string }) {
  const form = useFormAction(placeOrder)
  const { t, state } = form
  const [offer, setOffer] = useState<CardOffer>({ available: false })
  const [method, setMethod] = useState<"system" | "card">("system")
  const error = state.fieldErrors?.provider_id

  useEffect(() => {
    let live = true
    cardCheckoutOffer()
      .then((o) => live && setOffer(o))
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [])

  return (
    <div className="checkout-form">
      <fieldset className="choice-group choice-group--stacked" aria-describedby={error ? "payment-error" : "payment-hint"}>
        <legend>{t("checkout.payment.legend")}</legend>
        <Choice id="payment-system" name="payment_method" value={providerId} defaultChecked={method === "system"} onChange={() => setMethod("system")} label={t("checkout.payment.system")} choiceClassName="choice--card" />
        <p className="field__hint" id="payment-hint">
          {t("checkout.payment.system_hint")}
        </p>
        {offer.available ? (
          <>
            <Choice id="payment-card" name="payment_method" value="card" defaultChecked={method === "card"} onChange={() => setMethod("card")} label={t("payments.checkout.card")} choiceClassName="choice--card" />
            <p className="field__hint">{t("payments.checkout.card_hint")}</p>
          </>
        ) : null}
        {error ? (
          <p className="field__error" id="payment-error">
            {error}
          </p>
        ) : null}
      </fieldset>
      {method === "card" && offer.available ? (
        <CardPaymentForm publishableKey={offer.publishableKey} scriptUrl={offer.scriptUrl} />
      ) : (
        <ActionForm form={form}>
          <input type="hidden" name="provider_id" value={providerId} />
          <SubmitButton pendingLabel={t("checkout.confirming")} className="button--large">
            {t("checkout.confirm")}
          </SubmitButton>
        </ActionForm>
      )}
    </div>
  )
}
