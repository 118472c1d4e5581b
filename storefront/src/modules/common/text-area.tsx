import type { TextareaHTMLAttributes } from "react"

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id"> & {
  name: string
  label: string
  error?: string
  hint?: string
  /** Prefix of the element ids, when the same field appears in several forms of a page. */
  idPrefix?: string
}

/** A labelled textarea, the multi-line twin of `TextField` (same classes and ARIA wiring). */
export function TextArea({ name, label, error, hint, idPrefix = "", ...textarea }: TextAreaProps) {
  const id = `${idPrefix}${name}`
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <textarea id={id} name={name} rows={5} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...textarea} />
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
