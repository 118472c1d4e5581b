import type { ReactNode } from "react"

/** What went wrong with a card (Stripe.js missing, the bank's refusal), read out at once. */
export function CardAlert({ children }: { children: ReactNode }) {
  return (
    <p className="field__error" role="alert">
      {children}
    </p>
  )
}

type CardButtonProps = { shown: boolean; busy: boolean; large?: boolean; onClick: () => void; label: string; busyLabel: string }

/** A card form's confirm button: there once Stripe's element is ready, off while the bank answers. */
export function CardButton({ shown, busy, large = false, onClick, label, busyLabel }: CardButtonProps) {
  if (!shown) return null
  return (
    <button type="button" className={large ? "button button--large" : "button"} onClick={onClick} disabled={busy}>
      {busy ? busyLabel : label}
    </button>
  )
}
