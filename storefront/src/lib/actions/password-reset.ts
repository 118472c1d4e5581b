import "server-only"
import { redirect } from "next/navigation"
import { z } from "zod"
import { forwardedFor } from "../client-address"
import { getT } from "../i18n/server"
import { sdk } from "../medusa"
import { toUserError } from "../util/errors"
import { formValues, type FormState } from "./form-state"
import { apiErrorState, zodFieldErrors } from "./form-errors"
import { tokenFor } from "./password-login"
import { email, password } from "./schemas"

type Actor = "customer" | "vendor" | "volunteer"

/**
 * A "forgot your password?" form's action: Medusa e-mails a one-time link when the address has a
 * login of this kind. The answer is the same either way, so the form tells nobody whether an
 * address is registered; only a refusal (too many requests, API down) says something else.
 */
export function resetRequestAction(actor: Actor) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => {
    const { t, locale } = await getT()
    const values = formValues(formData)
    const parsed = z.object({ email }).safeParse({ email: formData.get("email") })
    if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error, t), values }
    try {
      await sdk.client.fetch(`/auth/${actor}/emailpass/reset-password`, {
        method: "POST",
        body: { identifier: parsed.data.email, metadata: { locale } },
        headers: { ...(await forwardedFor()), accept: "text/plain" },
      })
    } catch (error) {
      return apiErrorState(error, t, values)
    }
    return { ok: true, message: t("account.reset.sent", { email: parsed.data.email }) }
  }
}

/** The login a reset link is for: the token's `entity_id` (its e-mail), read, not trusted — signing in checks it. */
function emailOf(token: string): string | null {
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"))
    return typeof payload.entity_id === "string" ? payload.entity_id : null
  } catch {
    return null
  }
}

/**
 * The new password's action: Medusa checks the link's token (signed, 15 minutes, once), sets
 * the password, and the person is signed in with it, as the login form would (`keep`), then
 * goes to `next`. An expired or used link says so, with the way to ask for another.
 */
export function newPasswordAction(actor: Actor, keep: (token: string) => Promise<void>, next: string) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => {
    const { t } = await getT()
    const token = String(formData.get("token") ?? "")
    const parsed = z.object({ password }).safeParse({ password: formData.get("password") })
    if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error, t) }
    const login = emailOf(token)
    if (!login) return { error: t("account.reset.link_invalid") }
    try {
      await sdk.client.fetch(`/auth/${actor}/emailpass/update`, {
        method: "POST",
        body: { password: parsed.data.password },
        headers: { ...(await forwardedFor()), authorization: `Bearer ${token}` },
      })
    } catch (error) {
      const { kind } = toUserError(error)
      if (kind === "unauthorized" || kind === "invalid") return { error: t("account.reset.link_invalid") }
      return apiErrorState(error, t)
    }
    const signedIn = await tokenFor(actor, login, parsed.data.password).catch(() => null)
    if (signedIn) await keep(signedIn)
    redirect(next)
  }
}
