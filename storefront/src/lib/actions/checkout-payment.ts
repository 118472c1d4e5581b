"use server"

import { redirect } from "next/navigation"
import { authHeaders, getCartId, rememberOrderAccess, removeCartId } from "../cookies"
import { listPaymentProviderIds } from "../data/shipping"
import { getT } from "../i18n/server"
import { completeCart, completionProblem } from "../checkout-completion"
import { sdk } from "../medusa"
import { cardOffer, clientSecretOf, STRIPE_PROVIDER, type CardOffer } from "../../modules/checkout/card-offer"
import { type FormState } from "./form-state"
import { apiErrorState } from "./form-errors"

/**
 * Card payment at checkout (Stripe Payment Element). The storefront's publishable key and the
 * Stripe.js address are read at run time (STRIPE_PUBLISHABLE_KEY, STRIPE_JS_URL).
 */
export async function cardCheckoutOffer(): Promise<CardOffer> {
  const cartId = await getCartId()
  if (!cartId || !process.env.STRIPE_PUBLISHABLE_KEY) return { available: false }
  try {
    const { cart } = await sdk.store.cart.retrieve(cartId, { fields: "id,region_id" }, await authHeaders())
    const providerIds = cart.region_id ? await listPaymentProviderIds(cart.region_id) : []
    return cardOffer({ providerIds, publishableKey: process.env.STRIPE_PUBLISHABLE_KEY, scriptUrl: process.env.STRIPE_JS_URL })
  } catch {
    return { available: false }
  }
}

/**
 * One PaymentIntent for the whole cart (every maker): Medusa's Stripe provider creates it for
 * the cart's total; the browser confirms it with the client secret (3-D Secure included).
 */
export async function prepareCardPayment(): Promise<{ clientSecret: string } | { error: string }> {
  const { t } = await getT()
  const cartId = await getCartId()
  if (!cartId) return { error: t("cart.missing") }
  const headers = await authHeaders()
  try {
    const { cart } = await sdk.store.cart.retrieve(cartId, { fields: "id,total,region_id,*payment_collection,*payment_collection.payment_sessions" }, headers)
    const current = cart.payment_collection?.payment_sessions?.find((s) => s.provider_id === STRIPE_PROVIDER && s.status === "pending")
    const reusable = current && Number(current.amount) === Number(cart.total) ? clientSecretOf(current as any) : null
    if (reusable) return { clientSecret: reusable }
    const { payment_collection } = await sdk.store.payment.initiatePaymentSession(cart, { provider_id: STRIPE_PROVIDER }, {}, headers)
    const secret = clientSecretOf(payment_collection.payment_sessions?.find((s) => s.provider_id === STRIPE_PROVIDER) as any)
    return secret ? { clientSecret: secret } : { error: t("payments.checkout.card_unavailable") }
  } catch (error) {
    return { error: apiErrorState(error, t).error ?? t("payments.checkout.card_unavailable") }
  }
}

/** After Stripe confirmed the card: Medusa checks the intent with Stripe and places the order. */
export async function completeCardOrder(): Promise<FormState> {
  const { t } = await getT()
  const cartId = await getCartId()
  if (!cartId) return { error: t("cart.missing") }
  let orderId: string
  try {
    const headers = await authHeaders()
    const result = await completeCart(cartId, headers).catch(async (error) => {
      const problem = await completionProblem(error, cartId, headers, t)
      if (problem) return { type: "refused" as const, problem }
      throw error
    })
    if (result.type === "refused") return { error: result.problem }
    if (result.type !== "order") return { error: t("checkout.not_completed") }
    orderId = result.order.id
  } catch (error) {
    return apiErrorState(error, t)
  }
  await rememberOrderAccess(orderId, cartId)
  await removeCartId()
  redirect(`/ordini/${orderId}/conferma`)
}
