import type { InputHTMLAttributes, ReactNode } from "react"

type ChoiceProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & {
  id: string
  label: ReactNode
  /** Beside "choice" (choice--card). */
  choiceClassName?: string
}

/** One option of a choice group: a radio (or a checkbox) and its label. */
export function Choice({ id, label, choiceClassName, type = "radio", ...input }: ChoiceProps) {
  return (
    <div className={choiceClassName ? `choice ${choiceClassName}` : "choice"}>
      <input type={type} id={id} {...input} />
      <label htmlFor={id}>{label}</label>
    </div>
  )
}
