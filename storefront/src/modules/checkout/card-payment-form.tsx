"use client"

import { useEffect, useRef, useState, useTransition } from "react"
import { completeCardOrder, prepareCardPayment } from "@/lib/actions/checkout-payment"
import { useI18n } from "@/modules/common/i18n-provider"
import { loadStripeJs, mountPaymentElement } from "./card-stripe-js"
import { useCardConfirm } from "./use-card-confirm"
import { CardAlert, CardButton } from "./card-parts"

type Phase = "loading" | "ready" | "paying" | "unavailable"

/**
 * Stripe's Payment Element for the cart's single PaymentIntent. The pay button appears only
 * once the element is ready; if Stripe.js or the intent cannot be had, the resident is told to
 * pay on delivery instead — never a form that cannot work.
 */
export function CardPaymentForm({ publishableKey, scriptUrl }: { publishableKey: string; scriptUrl: string }) {
  const { t, locale } = useI18n()
  const mountRef = useRef<HTMLDivElement>(null)
  const { stripeRef, error, setError, confirm } = useCardConfirm("payments.checkout.card_failed")
  const [phase, setPhase] = useState<Phase>("loading")
  const [, startTransition] = useTransition()

  useEffect(() => {
    let cancelled = false
    let destroy: (() => void) | undefined
    ;(async () => {
      try {
        const [Stripe, prepared] = await Promise.all([loadStripeJs(scriptUrl), prepareCardPayment()])
        if (cancelled) return
        if ("error" in prepared) {
          setError(prepared.error)
          return setPhase("unavailable")
        }
        const mounted = mountPaymentElement(Stripe, {
          publishableKey,
          clientSecret: prepared.clientSecret,
          locale,
          into: mountRef.current!,
          ready: () => !cancelled && setPhase("ready"),
          failed: () => !cancelled && setPhase("unavailable"),
        })
        destroy = mounted.destroy
        stripeRef.current = mounted
      } catch {
        if (!cancelled) setPhase("unavailable")
      }
    })()
    return () => {
      cancelled = true
      destroy?.()
    }
  }, [publishableKey, scriptUrl, locale])

  const pay = async () => {
    const answer = await confirm({ busy: () => setPhase("paying"), ready: () => setPhase("ready"), returnPath: "/checkout", run: (stripe, options) => stripe.confirmPayment(options) })
    if (!answer) return
    startTransition(async () => {
      const state = await completeCardOrder()
      if (state?.error) {
        setError(state.error)
        setPhase("ready")
      }
    })
  }

  if (phase === "unavailable") {
    return <CardAlert>{error ?? t("payments.checkout.card_unavailable")}</CardAlert>
  }
  return (
    <div className="checkout-form" aria-busy={phase !== "ready"}>
      {error ? <CardAlert>{error}</CardAlert> : null}
      {phase === "loading" ? <p role="status">{t("payments.checkout.card_loading")}</p> : null}
      <div ref={mountRef} className="card-element" data-testid="card-element" />
      <CardButton shown={phase === "ready" || phase === "paying"} busy={phase === "paying"} large onClick={pay} label={t("payments.checkout.pay_card")} busyLabel={t("checkout.confirming")} />
    </div>
  )
}
