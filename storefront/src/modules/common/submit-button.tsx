"use client"

import type { ButtonHTMLAttributes } from "react"
import { useFormStatus } from "react-dom"

type SubmitButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  pendingLabel?: string
  variant?: "primary" | "secondary" | "link"
  /** For a form that dispatches its action itself (useActionState's isPending); the form's own status otherwise. */
  pending?: boolean
}

/** A submit button that shows it is working and cannot be pressed twice. */
export function SubmitButton({ children, pendingLabel, variant = "primary", disabled, className, pending: dispatching, ...rest }: SubmitButtonProps) {
  const pending = useFormStatus().pending || Boolean(dispatching)
  return (
    <button
      type="submit"
      className={`button button--${variant}${className ? ` ${className}` : ""}`}
      disabled={disabled || pending}
      aria-disabled={disabled || pending ? true : undefined}
      {...rest}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  )
}
