"use server"

import { redirect } from "next/navigation"
import { z } from "zod"
import { getCartId, removeAuthToken, removeCartId, setAuthToken } from "../cookies"
import { getT } from "../i18n/server"
import { sdk } from "../medusa"
import { toUserError } from "../util/errors"
import { safeReturnPath } from "../util/return-path"
import { formFields, formValues, type FormState } from "./form-state"
import { apiErrorState, zodFieldErrors } from "./form-errors"
import { loginAction, logoutAction, registerToken, tokenFor } from "./password-login"
import { newPasswordAction, resetRequestAction } from "./password-reset"
import { changePasswordAction } from "./password-change"
import { RESIDENT } from "./form-action"
import { newPerson } from "./schemas"


/** A guest cart started before signing in becomes the customer's cart. */
async function adoptGuestCart(token: string): Promise<void> {
  const cartId = await getCartId()
  if (!cartId) return
  try {
    await sdk.store.cart.transferCart(cartId, { fields: "id" }, { authorization: `Bearer ${token}` })
  } catch {
    // A completed or foreign cart cannot be transferred: start afresh rather than fail the login.
    await removeCartId()
  }
}

async function keepLogin(token: string) {
  await setAuthToken(token)
  await adoptGuestCart(token)
}

export const login = loginAction("customer", keepLogin, (formData) => safeReturnPath(formData.get("next")))

export const requestPasswordReset = resetRequestAction("customer")

export const setNewPassword = newPasswordAction("customer", keepLogin, "/account")

export const changePassword = changePasswordAction(RESIDENT, "/store/account/password", "customer", setAuthToken)

const registerSchema = z.object(newPerson)

export async function register(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const values = formValues(formData, ["password"])
  const parsed = registerSchema.safeParse(formFields(formData, Object.keys(newPerson)))
  if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error, t), values }
  const { email: emailValue, password: passwordValue, first_name, last_name } = parsed.data

  let registrationToken: string
  try {
    registrationToken = await registerToken("customer", emailValue, passwordValue)
  } catch (error) {
    const { kind } = toUserError(error)
    // The auth route answers 401/400 when an identity with this email already exists.
    if (kind === "unauthorized" || kind === "invalid" || kind === "conflict") {
      return { fieldErrors: { email: t("account.register.email_taken") }, values }
    }
    return apiErrorState(error, t, values)
  }

  let token: string | null
  try {
    await sdk.store.customer.create(
      { email: emailValue, first_name, last_name },
      { fields: "id" },
      { authorization: `Bearer ${registrationToken}` }
    )
    token = await tokenFor("customer", emailValue, passwordValue)
  } catch (error) {
    const { kind } = toUserError(error)
    if (kind === "invalid" || kind === "conflict") {
      return { fieldErrors: { email: t("account.register.email_taken") }, values }
    }
    return apiErrorState(error, t, values)
  }
  if (!token) return { error: t("errors.unknown"), values }
  await setAuthToken(token)
  await adoptGuestCart(token)
  redirect("/account")
}

export const logout = logoutAction(async () => {
  await removeAuthToken()
  await removeCartId()
}, "/")
