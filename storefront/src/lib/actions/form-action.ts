import "server-only"
import { refresh } from "next/cache"
import type { z, ZodError, ZodType } from "zod"
import { authHeaders, getCartId } from "../cookies"
import { getT } from "../i18n/server"
import type { Locale, MessageKey, Translate } from "../i18n/translate"
import { toUserError } from "../util/errors"
import { volunteerHeaders } from "../volunteer-session"
import { formValues, type FormState } from "./form-state"
import { apiErrorState, zodFieldErrors } from "./form-errors"
import { callerHeaders, vendorApiErrorState } from "./vendor-form"

type Values = Record<string, string>
/** The API's field path (`variants.0.prices`, split) → the form's field showing its refusal, or null (top of the form). */
export type FieldFor = (path: string[]) => string | null

/** On whose behalf a form calls the API, and what a form says when that is lost or the API refuses. */
export type Caller<H> = {
  /** What the call needs from the caller's cookies; null when their session (or cart) is gone. */
  session: () => Promise<H | null>
  /** Said at the top of the form when `session()` is null. */
  missing: MessageKey
  /** An API refusal → the form's state; `fieldFor` left out keeps the caller's own mapping. */
  refusal: (error: unknown, t: Translate, values: Values, fieldFor?: FieldFor) => FormState
}

/** A signed-in artisan of La mia bottega (their own shop; a lost session says so). */
export const ARTISAN: Caller<{ authorization: string }> = {
  session: callerHeaders,
  missing: "bottega.errors.session",
  refusal: vendorApiErrorState,
}

/** A signed-in logistics volunteer: a lost session and a round gone have their own words. */
export const VOLUNTEER: Caller<{ authorization: string }> = {
  session: volunteerHeaders,
  missing: "logistics.errors.session",
  refusal: (error, t, values, fieldFor) => {
    const { kind } = toUserError(error)
    if (kind === "unauthorized") return { error: t("logistics.errors.session"), values }
    if (kind === "not_found") return { error: t("logistics.errors.round_gone"), values }
    return apiErrorState(error, t, values, fieldFor)
  },
}

/** A resident on their own cart: its id always comes from their cookie, never from the form. */
export const CART_OWNER: Caller<{ cartId: string; headers: Awaited<ReturnType<typeof authHeaders>> }> = {
  session: async () => {
    const cartId = await getCartId()
    return cartId ? { cartId, headers: await authHeaders() } : null
  },
  missing: "cart.missing",
  refusal: apiErrorState,
}

/** A resident, signed in or not: the API decides what their token (if any) may do. */
export const RESIDENT: Caller<Awaited<ReturnType<typeof authHeaders>>> = {
  session: authHeaders,
  missing: "errors.unauthorized",
  refusal: apiErrorState,
}

type Outcome<I, R> = { input: I; result: R; t: Translate; locale: Locale; values: Values }

export type FormActionSpec<S extends ZodType, H, R> = {
  caller: Caller<H>
  schema: S
  /** What the schema reads: the form's text values when left out. */
  read?: (formData: FormData) => unknown
  /**
   * A form of hidden fields and a button (delete, archive, start): no values to refill, a refused
   * input is `invalid` (errors.invalid when left out) and every API refusal is told at the top.
   */
  button?: boolean
  /** The sent values a refused form gets back to refill its fields: the form's text values when left out. */
  values?: (formData: FormData) => Values
  /** Hidden fields (ids the page put in the form) and the message at the top of the form when one is refused: nothing else is told then. */
  hidden?: Record<string, MessageKey>
  /** Refused input → one message at the top of the form (forms of hidden fields and a button), or the field messages of a mapping of one's own; by default each field's `validation.*` message. */
  invalid?: MessageKey | ((error: ZodError, t: Translate) => Record<string, string>)
  /** Field messages about what the schema does not read (a chosen photo), told with the schema's. */
  check?: (formData: FormData, t: Translate) => Record<string, string>
  /** Which of the form's fields an API refusal names: a list keeps the API's top-level name when the form has it. */
  fields?: readonly string[] | ((path: string[], input: z.output<S>) => string | null)
  /** A refusal this form words itself (null: the caller's words). */
  refused?: (error: unknown, t: Translate, values: Values) => FormState | null
  /** The API call. */
  call: (input: z.output<S>, session: H, formData: FormData) => Promise<R>
  /** The server-rendered pages show the change (refresh()) before `done`, unless `false` (a redirect, a row that goes away). */
  refresh?: boolean
  /** The state after the call went through, or a redirect. */
  done: (outcome: Outcome<z.output<S>, R>) => FormState
}

/**
 * A form's server action: the caller's session, the input checked with zod (its messages by
 * field), one API call, the refusal's message next to the field it names, then the pages
 * refreshed and the form's success state. Every step answers in the visitor's language.
 */
export function formAction<S extends ZodType, H, R>(spec: FormActionSpec<S, H, R>) {
  const { button = false, fields = button ? () => null : undefined } = spec
  const invalid = spec.invalid ?? (button ? "errors.invalid" : zodFieldErrors)
  return async function action(_prev: FormState, formData: FormData): Promise<FormState> {
    const { t, locale } = await getT()
    const values = button ? {} : (spec.values ?? formValues)(formData)
    const session = await spec.caller.session()
    if (!session) return { error: t(spec.caller.missing), values }
    const parsed = spec.schema.safeParse(spec.read ? spec.read(formData) : formValues(formData))
    const checked = spec.check?.(formData, t) ?? {}
    if (!parsed.success) {
      const hidden = spec.hidden && parsed.error.issues.map((issue) => spec.hidden?.[String(issue.path[0])]).find(Boolean)
      if (hidden) return { error: t(hidden), values }
      if (typeof invalid === "string") return { error: t(invalid), values }
      return { fieldErrors: { ...invalid(parsed.error, t), ...checked }, values }
    }
    if (Object.keys(checked).length) return { fieldErrors: checked, values }
    let result: R
    try {
      result = await spec.call(parsed.data, session, formData)
    } catch (error) {
      const fieldFor: FieldFor | undefined =
        typeof fields === "function" ? (path) => fields(path, parsed.data) : fields && ((path) => (fields.includes(path[0]) ? path[0] : null))
      return spec.refused?.(error, t, values) ?? spec.caller.refusal(error, t, values, fieldFor)
    }
    if (spec.refresh !== false) refresh()
    return spec.done({ input: parsed.data, result, t, locale, values })
  }
}
