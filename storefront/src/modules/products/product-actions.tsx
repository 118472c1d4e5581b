"use client"

import { startTransition, useActionState, useEffect, useMemo, useOptimistic, useRef, useState, type FormEvent, type ReactNode } from "react"
import { addToCart } from "@/lib/actions/cart"
import { INITIAL_FORM_STATE, type FormState } from "@/lib/actions/form-state"
import type { StockState } from "@/lib/util/stock"
import { ButtonLink } from "@/modules/common/button-link"
import { Choice } from "@/modules/common/choice"
import { FormMessages } from "@/modules/common/form-messages"
import { useI18n } from "@/modules/common/i18n-provider"
import { NumberField } from "@/modules/common/number-field"
import { SubmitButton } from "@/modules/common/submit-button"
import { refreshVisitor } from "@/modules/visitor/visitor-store"

export type PickerOption = { id: string; title: string; values: string[] }
export type PickerVariant = {
  id: string
  /** option id → value */
  options: Record<string, string>
  stock: StockState
}

type ProductActionsProps = {
  options: PickerOption[]
  variants: PickerVariant[]
  /** Each variant's price and stock state (rendered on the server), by variant id. */
  offers: Record<string, ReactNode>
  /** Each variant's transparent price (rendered on the server), by variant id. */
  breakdowns: Record<string, ReactNode>
  /** What sits between the buying form and the price explanation (the brand mark). */
  children?: ReactNode
}

function initialSelection(options: PickerOption[], variants: PickerVariant[]): Record<string, string> {
  const start = variants.find((v) => v.stock !== "out") ?? variants[0]
  if (start) return { ...start.options }
  return Object.fromEntries(options.map((o) => [o.id, o.values[0] ?? ""]))
}

/**
 * Variant picker (one radio group per option), the chosen variant's price, stock state and
 * transparent price (rendered on the server), add to cart. The selection state is the only source of
 * truth for all of them: the form dispatches its action itself, so React never resets the
 * radios behind the state's back after a successful add.
 */
export function ProductActions({ options, variants, offers, breakdowns, children }: ProductActionsProps) {
  const { t } = useI18n()
  const [selection, setSelection] = useState(() => initialSelection(options, variants))
  const formRef = useRef<HTMLFormElement>(null)
  // A size tapped before the page's scripts ran (they start after the first paint) is checked in
  // the page but not in the state: take it over once, so the price shown is the size chosen.
  useEffect(() => {
    const form = formRef.current
    if (!form) return
    const picked: Record<string, string> = {}
    for (const option of options) {
      const field = form.elements.namedItem(`option_${option.id}`)
      if (field instanceof RadioNodeList && field.value) picked[option.id] = field.value
    }
    setSelection((current) => (options.some((o) => picked[o.id] && picked[o.id] !== current[o.id]) ? { ...current, ...picked } : current))
  }, [options])
  const [state, formAction, pending] = useActionState(addToCart, INITIAL_FORM_STATE)
  // Feedback at once (announced in the status region), then the server's answer replaces it:
  // "added" and the link to the cart only once the cart really holds it.
  const [shown, showOptimistic] = useOptimistic<FormState, FormState>(state, (_current, optimistic) => optimistic)

  const variant = useMemo(
    () => variants.find((v) => options.every((o) => v.options[o.id] === selection[o.id])) ?? null,
    [variants, options, selection]
  )
  const showPicker = variants.length > 1
  const soldOut = !variant || variant.stock === "out"

  // The header's count is the server's cart: it changes once the line is saved, so the cart it
  // links to always holds what it says (the form itself answers at once, optimistically).
  useEffect(() => {
    if (state !== INITIAL_FORM_STATE) void refreshVisitor()
  }, [state])

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const formData = new FormData(event.currentTarget)
    startTransition(() => {
      showOptimistic({ message: t("product.adding") })
      formAction(formData)
    })
  }

  return (
    <>
      <form ref={formRef} action={formAction} onSubmit={submit} className="product-actions">
        {showPicker
          ? options.map((option) => (
              <fieldset key={option.id} className="choice-group">
                <legend>{option.title}</legend>
                <div className="choice-group__options">
                  {option.values.map((value) => {
                    const id = `option-${option.id}-${value}`.replace(/\s+/g, "-")
                    return (
                      <Choice
                        key={value}
                        id={id}
                        name={`option_${option.id}`}
                        value={value}
                        checked={selection[option.id] === value}
                        onChange={() => setSelection((s) => ({ ...s, [option.id]: value }))}
                        label={value}
                      />
                    )
                  })}
                </div>
              </fieldset>
            ))
          : null}

        <div className="product-actions__price" aria-live="polite">
          {variant ? offers[variant.id] : <p className="stock stock--out">{t("product.unavailable_combination")}</p>}
        </div>

        <input type="hidden" name="variant_id" value={variant?.id ?? ""} />
        <div className="product-actions__buy">
          <NumberField
            name="quantity"
            label={t("product.quantity")}
            min={1}
            max={99}
            defaultValue={1}
            required
            className="field--quantity"
            error={shown.fieldErrors?.quantity}
          />
          <SubmitButton disabled={soldOut} pending={pending}>
            {t("product.add")}
          </SubmitButton>
        </div>
        <FormMessages state={shown} />
        {shown.ok ? (
          <p>
            <ButtonLink href="/carrello" variant="secondary">{t("product.go_to_cart")}</ButtonLink>
          </p>
        ) : null}
      </form>
      {children}
      {variant ? breakdowns[variant.id] : null}
    </>
  )
}
