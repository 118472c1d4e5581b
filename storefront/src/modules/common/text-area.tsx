import type { TextareaHTMLAttributes } from "react"
import { FieldFrame } from "./field-frame"

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id"> & {
  name: string
  label: string
  error?: string
  hint?: string
  /** Prefix of the element ids, when the same field appears in several forms of a page. */
  idPrefix?: string
}

/** A labelled textarea, the multi-line twin of `TextField` (the same frame). */
export function TextArea({ name, label, error, hint, idPrefix = "", ...textarea }: TextAreaProps) {
  return (
    <FieldFrame id={`${idPrefix}${name}`} label={label} error={error} hint={hint}>
      {(control) => <textarea {...control} name={name} rows={5} {...textarea} />}
    </FieldFrame>
  )
}
