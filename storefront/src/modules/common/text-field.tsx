import type { InputHTMLAttributes } from "react"

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id"> & {
  name: string
  label: string
  /** The API's or the action's message for this field. */
  error?: string
  hint?: string
  /** Prefix for ids when the same field name appears twice on a page. */
  idPrefix?: string
}

/** A labelled input whose error and hint are tied to it with aria-describedby. */
export function TextField({ name, label, error, hint, idPrefix = "", className, ...input }: TextFieldProps) {
  const id = `${idPrefix}${name}`
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
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
