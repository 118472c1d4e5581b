"use client"

import { Link } from "@/modules/common/link"
import { useState } from "react"
import { confirmBasketPayment } from "@/lib/actions/baskets"
import { useI18n } from "@/modules/common/i18n-provider"
import { loadStripeJs } from "@/modules/checkout/card-stripe-js"
import { CardAlert } from "@/modules/checkout/card-parts"

type Outcome = { kind: "placed"; orderId: string | null } | { kind: "released" } | null

/**
 * Confirms a waiting basket's card payment with the bank through Stripe.js (confirmCardPayment with
 * the saved card: the 3-D Secure challenge is Stripe's), then asks the API to place the order.
 */
export function BasketConfirmPayment(props: { placementId: string; clientSecret: string; paymentMethodId: string; publishableKey: string; scriptUrl: string }) {
  const { t, locale } = useI18n()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [outcome, setOutcome] = useState<Outcome>(null)

  const confirm = async () => {
    setBusy(true)
    setError(null)
    try {
      const Stripe = await loadStripeJs(props.scriptUrl)
      const stripe = Stripe(props.publishableKey, { locale })
      const { error: failed } = await stripe.confirmCardPayment(props.clientSecret, { payment_method: props.paymentMethodId })
      if (failed) {
        setError(t("basket.confirm_failed", { reason: failed.message ?? "" }))
        return setBusy(false)
      }
      const placed = await confirmBasketPayment(props.placementId)
      if ("error" in placed) setError(placed.error)
      else setOutcome(placed.status === "placed" ? { kind: "placed", orderId: placed.order_id } : { kind: "released" })
    } catch {
      setError(t("basket.card_unavailable"))
    }
    setBusy(false)
  }

  if (outcome?.kind === "placed") {
    return (
      <p className="notice notice--ok" role="status">
        {t("basket.confirm_done")} {outcome.orderId ? <Link href={`/account/ordini/${outcome.orderId}`}>{t("basket.confirm_order")}</Link> : null}
      </p>
    )
  }
  if (outcome?.kind === "released") {
    return (
      <p className="notice notice--warning" role="status">
        {t("basket.confirm_released")}
      </p>
    )
  }
  return (
    <div className="checkout-form" aria-busy={busy}>
      {error ? <CardAlert>{error}</CardAlert> : null}
      <button type="button" className="button button--large" onClick={confirm} disabled={busy}>
        {busy ? t("basket.confirming") : t("basket.confirm_button")}
      </button>
    </div>
  )
}
