import type { FormState } from "@/lib/actions/form-state"

/** The form-level outcome: an error (alert) or a success message (status). */
export function FormMessages({ state, summary }: { state: FormState; summary?: string }) {
  const hasFieldErrors = Boolean(state.fieldErrors && Object.keys(state.fieldErrors).length)
  return (
    <>
      <div role="alert" className="form-alert-region">
        {state.error ? <p className="notice notice--error">{state.error}</p> : null}
        {!state.error && hasFieldErrors && summary ? <p className="notice notice--error">{summary}</p> : null}
      </div>
      <div role="status" className="form-status-region">
        {state.message ? <p className="notice notice--ok">{state.message}</p> : null}
      </div>
    </>
  )
}
