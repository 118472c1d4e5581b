"use client"

import type { ButtonHTMLAttributes } from "react"
import { useFormStatus } from "react-dom"

type SubmitButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { pendingLabel?: string; variant?: "primary" | "secondary" | "link" }

/** A submit button that shows it is working and cannot be pressed twice. */
export function SubmitButton({ children, pendingLabel, variant = "primary", disabled, className, ...rest }: SubmitButtonProps) {
  const { pending } = useFormStatus()
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
