"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { z } from "zod"
import { authHeaders, getCartId, rememberOrderAccess, removeCartId } from "../cookies"
import { CART_FIELDS } from "../data/cart"
import { SHOP_COUNTRY } from "../data/regions"
import { SYSTEM_PAYMENT_PROVIDER } from "../data/shipping"
import { getT } from "../i18n/server"
import { completeCart, completionProblem } from "../checkout-completion"
import { sdk } from "../medusa"
import { codeMessageKey, toUserError } from "../util/errors"
import { formValues, type FormState } from "./form-state"
import { apiErrorState, zodFieldErrors } from "./form-errors"
import { email, medusaId, phone, postalCode, province, requiredText } from "./schemas"

/** Checkout acts only on the caller's cart: the id always comes from their cookie. */
async function requireCartId(): Promise<string | null> {
  return (await getCartId()) ?? null
}

const emailSchema = z.object({ email })

export async function saveEmail(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t, locale } = await getT()
  const values = formValues(formData)
  const cartId = await requireCartId()
  if (!cartId) return { error: t("cart.missing"), values }
  const parsed = emailSchema.safeParse(values)
  if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error, t), values }
  try {
    // The language the resident shops in is the language of their order's e-mails (it travels
    // with the cart's metadata onto the order).
    await sdk.store.cart.update(cartId, { email: parsed.data.email, metadata: { locale } }, { fields: "id" }, await authHeaders())
  } catch (error) {
    return apiErrorState(error, t, values)
  }
  refresh()
  return { ok: true, values }
}

const addressSchema = z.object({
  first_name: requiredText(80),
  last_name: requiredText(80),
  address_1: requiredText(160),
  postal_code: postalCode,
  city: requiredText(80),
  province,
  phone,
})

export async function saveAddress(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const values = formValues(formData)
  const cartId = await requireCartId()
  if (!cartId) return { error: t("cart.missing"), values }
  const parsed = addressSchema.safeParse(values)
  if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error, t), values }
  const address = { ...parsed.data, country_code: SHOP_COUNTRY }
  try {
    await sdk.store.cart.update(
      cartId,
      { shipping_address: address, billing_address: address },
      { fields: "id" },
      await authHeaders()
    )
  } catch (error) {
    return apiErrorState(error, t, values)
  }
  refresh()
  return { ok: true, values }
}

const shippingSchema = z.object({ option_id: medusaId })

export async function saveShippingMethod(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const values = formValues(formData)
  const cartId = await requireCartId()
  if (!cartId) return { error: t("cart.missing"), values }
  const parsed = shippingSchema.safeParse(values)
  if (!parsed.success) return { fieldErrors: { option_id: t("checkout.shipping.required") }, values }
  try {
    await sdk.store.cart.addShippingMethod(cartId, { option_id: parsed.data.option_id }, { fields: "id" }, await authHeaders())
  } catch (error) {
    // A valid option refused by the API: its round filled up, closed or does not serve the address (the code says which).
    const refused = toUserError(error)
    if (refused.kind === "invalid") {
      refresh()
      return { fieldErrors: { option_id: t(codeMessageKey(refused.code) ?? "checkout.shipping.round_unavailable") }, values }
    }
    return apiErrorState(error, t, values)
  }
  refresh()
  return { ok: true, values }
}

const placeOrderSchema = z.object({ provider_id: z.literal(SYSTEM_PAYMENT_PROVIDER) })

/**
 * "Conferma ordine": opens a payment session with the chosen provider (pay on delivery /
 * at pickup), completes the cart, forgets it and shows the confirmation.
 */
export async function placeOrder(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const values = formValues(formData)
  const cartId = await requireCartId()
  if (!cartId) return { error: t("cart.missing"), values }
  const parsed = placeOrderSchema.safeParse(values)
  if (!parsed.success) return { fieldErrors: { provider_id: t("checkout.payment.required") }, values }

  let orderId: string
  const headers = await authHeaders()
  try {
    const { cart } = await sdk.store.cart.retrieve(cartId, { fields: CART_FIELDS }, headers)
    const hasSession = cart.payment_collection?.payment_sessions?.some(
      (s) => s.provider_id === parsed.data.provider_id && s.status === "pending"
    )
    if (!hasSession) {
      await sdk.store.payment.initiatePaymentSession(cart, { provider_id: parsed.data.provider_id }, {}, headers)
    }
    const result = await completeCart(cartId, headers)
    if (result.type !== "order") {
      return { error: t("checkout.not_completed"), values }
    }
    orderId = result.order.id
  } catch (error) {
    const problem = await completionProblem(error, cartId, headers, t)
    if (problem) {
      refresh()
      return { error: problem, values }
    }
    return apiErrorState(error, t, values)
  }
  await rememberOrderAccess(orderId, cartId)
  await removeCartId()
  redirect(`/ordini/${orderId}/conferma`)
}
