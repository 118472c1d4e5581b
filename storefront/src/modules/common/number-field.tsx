import type { ReactNode } from "react"
import { FieldFrame } from "./field-frame"
import type { TextFieldProps } from "./text-field"

type NumberFieldProps = Omit<TextFieldProps, "type" | "inputMode" | "min" | "max"> & {
  min: number
  max: number
  /** The input's own id, where the name alone would not be unique on the page. */
  id?: string
  /** In one row with the input (a small form's own button), wrapped in this class. */
  beside?: { className: string; children: ReactNode }
  /** Under the error, inside the field (the small form's status line). */
  after?: ReactNode
}

/**
 * A count typed in (pieces, a quantity, a position): a number input with the phone's numeric
 * keypad and its bounds, inside the same label, hint and error frame as every other field.
 */
export function NumberField({ name, label, error, hint, idPrefix = "", id, className, beside, after, ...input }: NumberFieldProps) {
  return (
    <FieldFrame id={id ?? `${idPrefix}${name}`} label={label} error={error} hint={hint} className={className} after={after}>
      {(control) => {
        const field = <input {...control} name={name} type="number" inputMode="numeric" {...input} />
        return beside ? (
          <div className={beside.className}>
            {field}
            {beside.children}
          </div>
        ) : (
          field
        )
      }}
    </FieldFrame>
  )
}
