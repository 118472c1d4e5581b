"use client"

import { useRef, useState } from "react"
import type { MessageKey } from "@/lib/i18n/translate"
import { useI18n } from "@/modules/common/i18n-provider"
import { checkThenConfirm, type ConfirmOptions, type LoadedStripe } from "./card-stripe-js"

type StripeAnswer = { error?: { message?: string } }

/**
 * A card form's submit, shared by the checkout's payment and the basket's saved card: the element's
 * own check, then Stripe's confirmation; a refusal of either becomes the form's error (the element's
 * word, or `failed` with the bank's reason) and the form is ready again. `confirm` answers Stripe's
 * reply only when the card went through.
 */
export function useCardConfirm(failed: MessageKey) {
  const { t } = useI18n()
  const stripeRef = useRef<LoadedStripe | null>(null)
  const [error, setError] = useState<string | null>(null)

  const confirm = async <Answer extends StripeAnswer>({
    busy,
    ready,
    returnPath,
    run,
    accepted = () => true,
  }: {
    busy: () => void
    ready: () => void
    returnPath: string
    run: (stripe: LoadedStripe["stripe"], options: ConfirmOptions) => Promise<Answer>
    /** What else the answer must hold (a saved card's payment method). */
    accepted?: (answer: Answer) => boolean
  }): Promise<Answer | null> => {
    const loaded = stripeRef.current
    if (!loaded) return null
    busy()
    setError(null)
    const checked = await checkThenConfirm(loaded.elements, (options) => run(loaded.stripe, options), returnPath)
    if ("invalid" in checked) {
      setError(checked.invalid ?? t("errors.invalid"))
      ready()
      return null
    }
    if (checked.answer.error || !accepted(checked.answer)) {
      setError(t(failed, { reason: checked.answer.error?.message ?? "" }))
      ready()
      return null
    }
    return checked.answer
  }

  return { stripeRef, error, setError, confirm }
}
