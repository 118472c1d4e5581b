"use client"

import { saveShippingMethod } from "@/lib/actions/checkout"
import { useFormAction } from "@/modules/common/action-form"
import { FormMessages } from "@/modules/common/form-messages"
import { SubmitButton } from "@/modules/common/submit-button"

/** One radio: a home-delivery round or a collection slot at a pickup point. */
export type DeliveryChoice = {
  optionId: string
  slot: string
  price: string
  hint?: string
  /** The round cannot take this cart (its limited batches): shown with the reason, not choosable. */
  unavailable?: boolean
}
export type PickupChoice = { name: string; address: string; slots: DeliveryChoice[] }

type ShippingStepProps = {
  rounds: DeliveryChoice[]
  pickups: PickupChoice[]
  selectedId: string | null
  /** Home delivery asked for (a street saved): its rounds come first; collecting, only the pickup points. */
  home: boolean
  /** Why no round can bring this address home (the API's words are not shown: ours are). */
  noRound: boolean
}

/**
 * `kind` opens the radio's name ("Consegna a casa — giovedì…", "Ritiro a Casa Comune — giovedì…"):
 * the slots alone read the same for every way of receiving the order. Sighted visitors read
 * it in the heading above, so it is only spoken.
 */
function Choice({ choice, checked, kind }: { choice: DeliveryChoice; checked: boolean; kind: string }) {
  const id = `shipping-${choice.optionId}`
  return (
    <div className="choice choice--card">
      <input
        type="radio"
        id={id}
        name="option_id"
        value={choice.optionId}
        required
        defaultChecked={checked && !choice.unavailable}
        disabled={choice.unavailable}
        aria-describedby={choice.hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>
        <span className="visually-hidden">{kind} — </span>
        <span>{choice.slot}</span> <span className="choice__price">{choice.price}</span>
      </label>
      {choice.hint ? (
        <span className="field__hint" id={`${id}-hint`}>
          {choice.hint}
        </span>
      ) : null}
    </div>
  )
}

export function ShippingStep({ rounds, pickups, selectedId, home, noRound }: ShippingStepProps) {
  const { t, state, action } = useFormAction(saveShippingMethod)
  const error = state.fieldErrors?.option_id
  const checked = state.values?.option_id ?? selectedId ?? undefined
  if (!rounds.length && !pickups.some((p) => p.slots.length)) return <p className="notice notice--error">{t("checkout.shipping.none")}</p>
  return (
    <form action={action} className="checkout-form">
      <FormMessages state={state.ok ? { message: t("checkout.saved") } : state} />
      <fieldset
        className={`choice-group choice-group--stacked${error ? " field--invalid" : ""}`}
        aria-describedby={error ? "shipping-error" : undefined}
        aria-invalid={error ? true : undefined}
      >
        <legend>{t("checkout.shipping.legend")}</legend>
        {home ? (
          <>
            <h3 className="choice-group__title">{t("checkout.shipping.home_title")}</h3>
            {noRound ? <p className="notice">{t("checkout.shipping.no_round")}</p> : null}
            {rounds.map((choice) => (
              <Choice key={choice.optionId} choice={choice} checked={checked === choice.optionId} kind={t("checkout.shipping.home_choice")} />
            ))}
          </>
        ) : null}
        <h3 className="choice-group__title">{t("checkout.shipping.pickup_title")}</h3>
        {pickups
          .filter((p) => p.slots.length)
          .map((point) => (
            <div key={point.name} className="pickup-choice">
              <p>
                <strong>{point.name}</strong> <span className="muted">· {point.address}</span>
              </p>
              {point.slots.map((choice) => (
                <Choice
                  key={choice.optionId}
                  choice={choice}
                  checked={checked === choice.optionId}
                  kind={t("checkout.shipping.pickup_choice", { place: point.name })}
                />
              ))}
            </div>
          ))}
        {error ? (
          <p className="field__error" id="shipping-error">
            {error}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton variant="secondary">{t("checkout.continue")}</SubmitButton>
    </form>
  )
}
