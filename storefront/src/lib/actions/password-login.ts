import "server-only"
import { redirect } from "next/navigation"
import { z } from "zod"
import { forwardedFor } from "../client-address"
import { getT } from "../i18n/server"
import { sdk } from "../medusa"
import { toUserError } from "../util/errors"
import { formValues, type FormState } from "./form-state"
import { apiErrorState, zodFieldErrors } from "./form-errors"
import { email } from "./schemas"

/** The login token for e-mail and password, or null when the API answers without one. */
export async function tokenFor(actor: "customer" | "vendor" | "volunteer", emailValue: string, passwordValue: string): Promise<string | null> {
  const { token } = await sdk.client.fetch<{ token?: string }>(`/auth/${actor}/emailpass`, {
    method: "POST",
    body: { email: emailValue, password: passwordValue },
    headers: await forwardedFor(),
  })
  return typeof token === "string" ? token : null
}

/** Registers an e-mail + password identity and returns its registration token. */
export async function registerToken(actor: "customer" | "vendor" | "volunteer", emailValue: string, passwordValue: string): Promise<string> {
  const { token } = await sdk.client.fetch<{ token: string }>(`/auth/${actor}/emailpass/register`, {
    method: "POST",
    body: { email: emailValue, password: passwordValue },
    headers: await forwardedFor(),
  })
  return token
}

/**
 * A token for a new login. When the email is already registered (an earlier attempt that
 * stopped half-way), the same email and password sign in instead, so the person can retry.
 * Null when the email belongs to someone else.
 */
export async function registrationToken(actor: "vendor" | "volunteer", emailValue: string, passwordValue: string): Promise<string | null> {
  try {
    return await registerToken(actor, emailValue, passwordValue)
  } catch (error) {
    const { kind } = toUserError(error)
    if (kind !== "unauthorized" && kind !== "invalid" && kind !== "conflict") throw error
  }
  try {
    return await tokenFor(actor, emailValue, passwordValue)
  } catch (error) {
    const { kind } = toUserError(error)
    if (kind === "unauthorized" || kind === "invalid") return null
    throw error
  }
}

/**
 * `registrationToken` as a form's outcome: the token, or the state to show — the API's refusal
 * (`refusal`) or the e-mail that belongs to someone else (`taken`, next to the e-mail field).
 */
export async function newLogin(
  actor: "vendor" | "volunteer",
  emailValue: string,
  passwordValue: string,
  refusal: (error: unknown) => FormState,
  taken: string,
  values: Record<string, string>,
): Promise<{ token: string } | { state: FormState }> {
  let token: string | null
  try {
    token = await registrationToken(actor, emailValue, passwordValue)
  } catch (error) {
    return { state: refusal(error) }
  }
  return token ? { token } : { state: { fieldErrors: { email: taken }, values } }
}

/** A fresh login token once the new login has joined (it now carries the shop or the role); null when that fails. */
export function freshToken(actor: "vendor" | "volunteer", emailValue: string, passwordValue: string): Promise<string | null> {
  return tokenFor(actor, emailValue, passwordValue).catch(() => null)
}

const loginSchema = z.object({ email, password: z.string().min(1, "validation.required") })

/**
 * The e-mail + password login that residents and artisans share: the token, or the form
 * state to show (field errors, wrong credentials, too many attempts, API trouble).
 */
async function passwordLogin(actor: "customer" | "vendor" | "volunteer", formData: FormData): Promise<{ token: string } | { state: FormState }> {
  const { t } = await getT()
  const values = formValues(formData, ["password"])
  const parsed = loginSchema.safeParse({ email: formData.get("email"), password: formData.get("password") })
  if (!parsed.success) return { state: { fieldErrors: zodFieldErrors(parsed.error, t), values } }
  try {
    const token = await tokenFor(actor, parsed.data.email, parsed.data.password)
    if (token) return { token }
  } catch (error) {
    const { kind } = toUserError(error)
    if (kind === "rate_limited") return { state: { error: t("bottega.login.too_many"), values } }
    if (kind !== "unauthorized" && kind !== "invalid") return { state: apiErrorState(error, t, values) }
  }
  return { state: { error: t("account.login.wrong_credentials"), values } }
}

/**
 * A login form's action: signed in, the token kept (its own cookie, and whatever else signing in
 * brings), then the page the login leads to.
 */
export function loginAction(actor: "customer" | "vendor" | "volunteer", keep: (token: string) => Promise<void>, next: (formData: FormData) => string) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => {
    const outcome = await passwordLogin(actor, formData)
    if ("state" in outcome) return outcome.state
    await keep(outcome.token)
    redirect(next(formData))
  }
}

/** A sign-out button's action: the login's cookies forgotten, then the page the person lands on. */
export function logoutAction(forget: () => Promise<void>, to: string) {
  return async (): Promise<void> => {
    await forget()
    redirect(to)
  }
}
