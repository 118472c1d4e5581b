"use client"

import { useEffect, useRef, useState, useTransition } from "react"
import { completeCardOrder, prepareCardPayment } from "@/lib/actions/checkout-payment"
import { useI18n } from "@/modules/common/i18n-provider"
import { checkThenConfirm, loadStripeJs, mountPaymentElement, type LoadedStripe } from "./card-stripe-js"

type Phase = "loading" | "ready" | "paying" | "unavailable"

/**
 * Stripe's Payment Element for the cart's single PaymentIntent. The pay button appears only
 * once the element is ready; if Stripe.js or the intent cannot be had, the resident is told to
 * pay on delivery instead — never a form that cannot work.
 */
export function CardPaymentForm({ publishableKey, scriptUrl }: { publishableKey: string; scriptUrl: string }) {
  const { t, locale } = useI18n()
  const mountRef = useRef<HTMLDivElement>(null)
  const stripeRef = useRef<LoadedStripe | null>(null)
  const [phase, setPhase] = useState<Phase>("loading")
  const [error, setError] = useState<string | null>(null)
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
    const loaded = stripeRef.current
    if (!loaded) return
    setPhase("paying")
    setError(null)
    const checked = await checkThenConfirm(loaded.elements, (options) => loaded.stripe.confirmPayment(options), "/checkout")
    if ("invalid" in checked) {
      setError(checked.invalid ?? t("errors.invalid"))
      return setPhase("ready")
    }
    const { error: failed } = checked.answer
    if (failed) {
      setError(t("payments.checkout.card_failed", { reason: failed.message ?? "" }))
      return setPhase("ready")
    }
    startTransition(async () => {
      const state = await completeCardOrder()
      if (state?.error) {
        setError(state.error)
        setPhase("ready")
      }
    })
  }

  if (phase === "unavailable") {
    return (
      <p className="field__error" role="alert">
        {error ?? t("payments.checkout.card_unavailable")}
      </p>
    )
  }
  return (
    <div className="checkout-form" aria-busy={phase !== "ready"}>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      {phase === "loading" ? <p role="status">{t("payments.checkout.card_loading")}</p> : null}
      <div ref={mountRef} className="card-element" data-testid="card-element" />
      {phase === "ready" || phase === "paying" ? (
        <button type="button" className="button button--large" onClick={pay} disabled={phase === "paying"}>
          {phase === "paying" ? t("checkout.confirming") : t("payments.checkout.pay_card")}
        </button>
      ) : null}
    </div>
  )
}
