"use server"

import { redirect } from "next/navigation"
import { z } from "zod"
import { forwardedFor } from "../client-address"
import { getT } from "../i18n/server"
import { sdk } from "../medusa"
import { toUserError } from "../util/errors"
import { setVolunteerToken } from "../volunteer-session"
import { formValues, type FormState } from "./form-state"
import { apiErrorState, zodFieldErrors } from "./form-errors"
import { freshToken, newLogin } from "./password-login"
import { email } from "./schemas"

const inviteSchema = z.object({
  token: z.string().min(10, "validation.invalid").max(200, "validation.invalid"),
  email,
  password: z.string().min(8, "validation.password"),
})

/** From the coordinators' invite link: register the login, accept the invite, sign in, go to my rounds. */
export async function acceptVolunteerInvite(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const values = formValues(formData, ["password"])
  const parsed = inviteSchema.safeParse({ token: formData.get("token"), email: formData.get("email"), password: formData.get("password") })
  if (!parsed.success) {
    const fieldErrors = zodFieldErrors(parsed.error, t)
    return fieldErrors.token ? { error: t("logistics.invite.bad_token"), values } : { fieldErrors, values }
  }
  const { token: inviteToken, email: emailValue, password: passwordValue } = parsed.data
  const login = await newLogin("volunteer", emailValue, passwordValue, (error) => apiErrorState(error, t, values), t("logistics.invite.email_taken"), values)
  if ("state" in login) return login.state
  try {
    await sdk.client.fetch("/logistics/invites/accept", { method: "POST", body: { token: inviteToken }, headers: { authorization: `Bearer ${login.token}`, ...(await forwardedFor()) } })
  } catch (error) {
    const { kind } = toUserError(error)
    if (kind === "invalid" || kind === "not_found" || kind === "unauthorized") return { error: t("logistics.invite.bad_token"), values }
    return apiErrorState(error, t, values)
  }
  const fresh = await freshToken("volunteer", emailValue, passwordValue)
  if (fresh) await setVolunteerToken(fresh)
  redirect(fresh ? "/logistica" : "/logistica/accesso")
}
