"use client"

import { useRef, useState, useTransition } from "react"
import { chooseBasketCard, startBasketCardSetup } from "@/lib/actions/baskets"
import { useI18n } from "@/modules/common/i18n-provider"
import { loadStripeJs, mountPaymentElement } from "@/modules/checkout/card-stripe-js"
import { useCardConfirm } from "@/modules/checkout/use-card-confirm"
import { CardAlert, CardButton } from "@/modules/checkout/card-parts"

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
  const { stripeRef, error, setError, confirm } = useCardConfirm("basket.card_failed")
  const [phase, setPhase] = useState<Phase>("idle")
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
    const answer = await confirm({
      busy: () => setPhase("saving"),
      ready: () => setPhase("ready"),
      returnPath: "/account/spesa-fissa",
      run: (stripe, options) => stripe.confirmSetup(options),
      accepted: (a) => Boolean(a.setupIntent?.payment_method),
    })
    if (!answer) return
    startTransition(async () => {
      const state = await chooseBasketCard(basketId, answer.setupIntent!.payment_method!)
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
      {error ? <CardAlert>{error}</CardAlert> : phase === "unavailable" ? <CardAlert>{t("basket.card_unavailable")}</CardAlert> : null}
      {phase === "idle" ? (
        <button type="button" className={hasCard ? "button button--secondary" : "button"} onClick={open}>
          {hasCard ? t("basket.card_change") : t("basket.card_choose")}
        </button>
      ) : null}
      {phase === "loading" ? <p role="status">{t("basket.card_loading")}</p> : null}
      <div ref={mountRef} className="card-element" data-testid="basket-card-element" hidden={phase === "idle" || phase === "unavailable"} />
      <CardButton shown={phase === "ready" || phase === "saving"} busy={phase === "saving"} onClick={save} label={t("basket.card_save")} busyLabel={t("basket.card_saving")} />
    </div>
  )
}
