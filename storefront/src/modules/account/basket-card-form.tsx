"use client"

import { useRef, useState, useTransition } from "react"
import { chooseBasketCard, startBasketCardSetup } from "@/lib/actions/baskets"
import { useI18n } from "@/modules/common/i18n-provider"
import { checkThenConfirm, loadStripeJs, mountPaymentElement, type LoadedStripe } from "@/modules/checkout/card-stripe-js"

type Phase = "idle" | "loading" | "ready" | "saving" | "unavailable"

/**
 * «Paga con carta salvata» for one basket: Medusa starts saving a card (Stripe SetupIntent), Stripe's
 * Payment Element takes the card in the browser (3-D Secure if the bank asks), then the saved card
 * becomes the basket's payment. Nothing is shown that cannot work: without Stripe.js the resident
 * is told and keeps paying on delivery.
 */
export function BasketCardForm({ basketId, publishableKey, scriptUrl, hasCard }: { basketId: string; publishableKey: string; scriptUrl: string; hasCard: boolean }) {
  const { t, locale } = useI18n()
  const mountRef = useRef<HTMLDivElement>(null)
  const stripeRef = useRef<LoadedStripe | null>(null)
  const [phase, setPhase] = useState<Phase>("idle")
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState(false)
  const [, startTransition] = useTransition()

  const open = async () => {
    setPhase("loading")
    setError(null)
    setDone(false)
    try {
      const [Stripe, setup] = await Promise.all([loadStripeJs(scriptUrl), startBasketCardSetup(basketId)])
      if ("error" in setup) {
        setError(setup.error)
        return setPhase("unavailable")
      }
      stripeRef.current = mountPaymentElement(Stripe, {
        publishableKey,
        clientSecret: setup.clientSecret,
        locale,
        into: mountRef.current!,
        ready: () => setPhase("ready"),
        failed: () => setPhase("unavailable"),
      })
    } catch {
      setPhase("unavailable")
    }
  }

  const save = async () => {
    const loaded = stripeRef.current
    if (!loaded) return
    setPhase("saving")
    setError(null)
    const checked = await checkThenConfirm(loaded.elements, (options) => loaded.stripe.confirmSetup(options), "/account/spesa-fissa")
    if ("invalid" in checked) {
      setError(checked.invalid ?? t("errors.invalid"))
      return setPhase("ready")
    }
    const { error: failed, setupIntent } = checked.answer
    if (failed || !setupIntent?.payment_method) {
      setError(t("basket.card_failed", { reason: failed?.message ?? "" }))
      return setPhase("ready")
    }
    startTransition(async () => {
      const state = await chooseBasketCard(basketId, setupIntent.payment_method!)
      if (state.error) {
        setError(state.error)
        return setPhase("ready")
      }
      stripeRef.current = null
      setDone(true)
      setPhase("idle")
    })
  }

  return (
    <div className="checkout-form" aria-busy={phase === "loading" || phase === "saving"}>
      {done ? (
        <p className="notice notice--ok" role="status">
          {t("basket.card_saved")}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : phase === "unavailable" ? (
        <p className="field__error" role="alert">
          {t("basket.card_unavailable")}
        </p>
      ) : null}
      {phase === "idle" ? (
        <button type="button" className={hasCard ? "button button--secondary" : "button"} onClick={open}>
          {hasCard ? t("basket.card_change") : t("basket.card_choose")}
        </button>
      ) : null}
      {phase === "loading" ? <p role="status">{t("basket.card_loading")}</p> : null}
      <div ref={mountRef} className="card-element" data-testid="basket-card-element" hidden={phase === "idle" || phase === "unavailable"} />
      {phase === "ready" || phase === "saving" ? (
        <button type="button" className="button" onClick={save} disabled={phase === "saving"}>
          {phase === "saving" ? t("basket.card_saving") : t("basket.card_save")}
        </button>
      ) : null}
    </div>
  )
}
