import type { InputHTMLAttributes } from "react"
import { FieldFrame } from "./field-frame"

export type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id"> & {
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
  return (
    <FieldFrame id={`${idPrefix}${name}`} label={label} error={error} hint={hint} className={className}>
      {(control) => <input {...control} name={name} {...input} />}
    </FieldFrame>
  )
}
