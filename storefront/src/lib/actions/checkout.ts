"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { z } from "zod"
import { authHeaders, getCartId, rememberOrderAccess, removeCartId } from "../cookies"
import { keepInBook } from "../data/addresses"
import { CART_FIELDS } from "../data/cart"
import { SHOP_COUNTRY } from "../data/regions"
import { SYSTEM_PAYMENT_PROVIDER } from "../data/shipping"
import { getLocale, getT } from "../i18n/server"
import { completeCart, completionProblem } from "../checkout-completion"
import { sdk } from "../medusa"
import { codeMessageKey, toUserError } from "../util/errors"
import { CART_OWNER, formAction } from "./form-action"
import { formValues, type FormState } from "./form-state"
import { apiErrorState } from "./form-errors"
import { email, homeAddress, medusaId, recipient } from "./schemas"

/** Checkout acts only on the caller's cart: the id always comes from their cookie. */
async function requireCartId(): Promise<string | null> {
  return (await getCartId()) ?? null
}

export const saveEmail = formAction({
  caller: CART_OWNER,
  schema: z.object({ email }),
  // The language the resident shops in is the language of their order's e-mails (it travels
  // with the cart's metadata onto the order).
  call: async (input, { cartId, headers }) => sdk.store.cart.update(cartId, { email: input.email, metadata: { locale: await getLocale() } }, { fields: "id" }, headers),
  done: ({ values }) => ({ ok: true, values }),
})

const noStreet = { address_1: null, postal_code: null, city: null, province: null }

/** Home delivery needs the street; collection only who collects and how to reach them (any street saved before is cleared). */
const addressSchema = z
  .discriminatedUnion("receiving", [z.object({ receiving: z.literal("home"), ...homeAddress }), z.object({ receiving: z.literal("pickup"), ...recipient })])
  .transform(({ receiving, ...fields }) => ({ ...(receiving === "pickup" ? noStreet : {}), ...fields, country_code: SHOP_COUNTRY }))

type RecheckedChoice = { dropped: { shipping_method_id: string; code: string }[] }

export const saveAddress = formAction({
  caller: CART_OWNER,
  schema: addressSchema,
  // A round chosen for the old details (a street now cleared for collecting, or out of its zone)
  // leaves the cart with its fee; the resident is told to choose again.
  call: async (address, { cartId, headers }, formData) => {
    await sdk.store.cart.update(cartId, { shipping_address: address, billing_address: address }, { fields: "id" }, headers)
    // A signed-in resident may keep the street she typed in her address book («Salva nei tuoi indirizzi»).
    if (formData.get("save_to_book") === "on" && address.address_1 && "authorization" in headers) await keepInBook(address, headers)
    return sdk.client.fetch<RecheckedChoice>(`/store/delivery-rounds/carts/${cartId}/recheck-choice`, { method: "POST", headers, body: {} })
  },
  done: ({ result, values, t }) => ({ ok: true, values, message: result.dropped.length ? t("checkout.address.choice_dropped") : undefined }),
})

export const saveShippingMethod = formAction({
  caller: CART_OWNER,
  schema: z.object({ option_id: medusaId }),
  invalid: (_error, t) => ({ option_id: t("checkout.shipping.required") }),
  // A valid option refused by the API: its round filled up, closed or does not serve the address (the code says which).
  refused: (error, t, values) => {
    const refused = toUserError(error)
    if (refused.kind !== "invalid") return null
    refresh()
    return { fieldErrors: { option_id: t(codeMessageKey(refused.code) ?? "checkout.shipping.round_unavailable") }, values }
  },
  call: ({ option_id }, { cartId, headers }) => sdk.store.cart.addShippingMethod(cartId, { option_id }, { fields: "id" }, headers),
  done: ({ values }) => ({ ok: true, values }),
})

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
