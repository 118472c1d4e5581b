"use client"

import { useActionState, type FormHTMLAttributes, type ReactNode } from "react"
import { INITIAL_FORM_STATE, type FormState } from "@/lib/actions/form-state"
import { FormMessages } from "./form-messages"
import { useI18n } from "./i18n-provider"

export type ServerAction = (prev: FormState, formData: FormData) => Promise<FormState>

/**
 * A server action's state as its form reads it: the translator, the state, the action to put on
 * the form, and the sent values and field errors (empty before the first answer). `field(name,
 * initial)` gives a TextField its name, the value sent (after a refusal) or else `initial`, and its error.
 */
export function useFormAction(serverAction: ServerAction) {
  const { t } = useI18n()
  const [state, action, pending] = useActionState(serverAction, INITIAL_FORM_STATE)
  const field = (name: string, initial?: string | number) => ({ name, defaultValue: state.values?.[name] ?? initial, error: state.fieldErrors?.[name] })
  return { t, state, action, pending, field, v: state.values ?? {}, e: state.fieldErrors ?? {} }
}

type ActionFormProps = Omit<FormHTMLAttributes<HTMLFormElement>, "action"> & {
  form: Pick<ReturnType<typeof useFormAction>, "t" | "state" | "action">
  /** Field errors also get the line at the top that sends the eye to the fields. */
  summary?: boolean
  children: ReactNode
}

/** A form sent to its server action, the outcome's messages at its top. */
export function ActionForm({ form, summary = false, children, ...attributes }: ActionFormProps) {
  return (
    <form action={form.action} {...attributes}>
      <FormMessages state={form.state} summary={summary ? form.t("errors.form_summary") : undefined} />
      {children}
    </form>
  )
}
