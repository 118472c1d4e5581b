"use server"

import { redirect } from "next/navigation"
import { z } from "zod"
import { forwardedFor } from "../client-address"
import { removeVendorToken, setVendorToken } from "../cookies"
import { getT } from "../i18n/server"
import { sdk } from "../medusa"
import { toUserError } from "../util/errors"
import { formFields, formValues, type FormState } from "./form-state"
import { apiErrorState, zodFieldErrors } from "./form-errors"
import { newPerson, postalCode } from "./schemas"
import { freshToken, loginAction, logoutAction, newLogin } from "./password-login"
import { newPasswordAction, resetRequestAction } from "./password-reset"
import { changePasswordAction } from "./password-change"
import { ARTISAN } from "./form-action"
import { vendorApiErrorState } from "./vendor-form"

const bearer = async (token: string) => ({ authorization: `Bearer ${token}`, ...(await forwardedFor()) })

export const loginVendor = loginAction("vendor", setVendorToken, () => "/bottega")

export const requestVendorPasswordReset = resetRequestAction("vendor")

export const setVendorPassword = newPasswordAction("vendor", setVendorToken, "/bottega")

export const changeVendorPassword = changePasswordAction(ARTISAN, "/vendor/me/password", "vendor", setVendorToken)

export const logoutVendor = logoutAction(removeVendorToken, "/bottega")

const optionalText = (max: number) => z.string().trim().max(max, "validation.too_long").optional().transform((v) => v || undefined)
const coordinate = (min: number, max: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.replace(",", ".") : undefined))
    .pipe(z.coerce.number().min(min, "validation.coordinate").max(max, "validation.coordinate").optional())

const applicationSchema = z.object({
  ...newPerson,
  name: z.string().trim().min(2, "validation.required").max(120, "validation.too_long"),
  handle: z
    .string()
    .trim()
    .min(3, "validation.handle")
    .max(60, "validation.too_long")
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "validation.handle"),
  craft: z.string().trim().min(2, "validation.required").max(120, "validation.too_long"),
  story: optionalText(4000),
  phone: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.string().regex(/^\+?[0-9 ]{6,20}$/, "validation.phone").optional()),
  address_1: z.string().trim().min(3, "validation.required").max(200, "validation.too_long"),
  postal_code: postalCode,
  city: optionalText(80),
  lat: coordinate(-90, 90),
  lng: coordinate(-180, 180),
})

const APPLICATION_FIELDS = ["first_name", "last_name", "email", "password", "name", "handle", "craft", "story", "phone", "address_1", "postal_code", "city", "lat", "lng"] as const

/** Sign up and apply in one go: register the login, send the application, sign in. */
export async function applyAsVendor(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t, locale } = await getT()
  const values = formValues(formData, ["password"])
  const input = Object.fromEntries(APPLICATION_FIELDS.map((f) => [f, formData.get(f) ?? undefined]))
  const parsed = applicationSchema.safeParse(input)
  if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error, t), values }
  const { email: emailValue, password: passwordValue, ...application } = parsed.data

  const login = await newLogin("vendor", emailValue, passwordValue, (error) => vendorApiErrorState(error, t, values), t("bottega.apply.email_taken"), values)
  if ("state" in login) return login.state

  try {
    // The shop's e-mails start in the language the maker applied in (the profile changes it).
    await sdk.client.fetch("/vendor/applications", { method: "POST", body: { ...application, mail_locale: locale }, headers: await bearer(login.token) })
  } catch (error) {
    const { kind } = toUserError(error)
    // The login already belongs to a shop (applied before, or a member): the shop page says where it stands.
    if (kind === "conflict") return { fieldErrors: { handle: t("bottega.apply.handle_taken") }, values }
    return vendorApiErrorState(error, t, values, (path) => (APPLICATION_FIELDS as readonly string[]).includes(path[0]) ? path[0] : null)
  }

  // The registration token knows no shop: a fresh login carries the new member. Without one the
  // application is in all the same; signing in can wait for the login page.
  const fresh = await freshToken("vendor", emailValue, passwordValue)
  if (fresh) await setVendorToken(fresh)
  redirect("/bottega")
}

const inviteSchema = z.object({ token: z.string().trim().min(10, "validation.invalid"), ...newPerson })

/** Join a shop from an invite link: register the login, accept the invite, sign in. */
export async function acceptVendorInvite(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const values = formValues(formData, ["password"])
  const parsed = inviteSchema.safeParse(formFields(formData, Object.keys(inviteSchema.shape)))
  if (!parsed.success) {
    const fieldErrors = zodFieldErrors(parsed.error, t)
    if (fieldErrors.token) return { error: t("bottega.invite.bad_token"), fieldErrors, values }
    return { fieldErrors, values }
  }
  const { token: inviteToken, first_name, last_name, email: emailValue, password: passwordValue } = parsed.data

  const login = await newLogin("vendor", emailValue, passwordValue, (error) => vendorApiErrorState(error, t, values), t("bottega.apply.email_taken"), values)
  if ("state" in login) return login.state

  try {
    await sdk.client.fetch("/vendor/invites/accept", { method: "POST", body: { token: inviteToken, first_name, last_name }, headers: await bearer(login.token) })
  } catch (error) {
    const { kind } = toUserError(error)
    if (kind === "not_found" || kind === "invalid" || kind === "unauthorized") return { error: t("bottega.invite.bad_token"), values }
    if (kind === "conflict") return { error: t("bottega.invite.already_member"), values }
    return apiErrorState(error, t, values)
  }

  // Joined; without a fresh login, signing in can wait for the login page.
  const fresh = await freshToken("vendor", emailValue, passwordValue)
  if (fresh) await setVendorToken(fresh)
  redirect("/bottega")
}
