import type { ReactNode } from "react"

/** What the control inside a field carries: its id and the ARIA ties to the field's hint and error. */
export type FieldControl = { id: string; "aria-invalid"?: true; "aria-describedby"?: string }

type FieldFrameProps = {
  id: string
  label: string
  /** The API's or the action's message for this field. */
  error?: string
  hint?: ReactNode
  className?: string
  /** The control (input, textarea, file picker…), given its id and ARIA attributes. */
  children: (control: FieldControl) => ReactNode
  /** Under the error, still inside the field (a small form's status line). */
  after?: ReactNode
}

/** The label, hint and error around one form control, tied to it with aria-describedby. */
export function FieldFrame({ id, label, error, hint, className, children, after }: FieldFrameProps) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined
  return (
    <div className={`field${error ? " field--invalid" : ""}${className ? ` ${className}` : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      {after}
    </div>
  )
}
