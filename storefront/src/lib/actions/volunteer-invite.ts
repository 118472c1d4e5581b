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
import { registrationToken, tokenFor } from "./password-login"
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
  let token: string | null
  try {
    token = await registrationToken("volunteer", emailValue, passwordValue)
  } catch (error) {
    return apiErrorState(error, t, values)
  }
  if (!token) return { fieldErrors: { email: t("logistics.invite.email_taken") }, values }
  try {
    await sdk.client.fetch("/logistics/invites/accept", { method: "POST", body: { token: inviteToken }, headers: { authorization: `Bearer ${token}`, ...(await forwardedFor()) } })
  } catch (error) {
    const { kind } = toUserError(error)
    if (kind === "invalid" || kind === "not_found" || kind === "unauthorized") return { error: t("logistics.invite.bad_token"), values }
    return apiErrorState(error, t, values)
  }
  const fresh = await tokenFor("volunteer", emailValue, passwordValue).catch(() => null)
  if (fresh) await setVolunteerToken(fresh)
  redirect(fresh ? "/logistica" : "/logistica/accesso")
}
