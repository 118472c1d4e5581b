"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { z } from "zod"
import { authHeaders, getAuthToken, getCartId } from "../cookies"
import { getT } from "../i18n/server"
import { sdk } from "../medusa"
import { formValues, type FormState } from "./form-state"
import { apiErrorState, zodFieldErrors } from "./form-errors"
import { formAction, RESIDENT } from "./form-action"
import { homeAddress, medusaId, quantity } from "./schemas"

const cadence = z.enum(["every_round", "every_other_round", "monthly"], { message: "validation.invalid" })
const addressSchema = z.object(homeAddress)
const ADDRESS_FIELDS = Object.keys(homeAddress)

/** The API's field path → the form's field name (address.postal_code → postal_code). */
const formField = (path: string[]) => (path[0] === "address" ? (path[1] ?? "address_1") : ["cadence", "cart_id", "lines"].includes(path[0]) ? path[0] : null)

async function call(path: string, method: "POST" | "DELETE", body?: Record<string, unknown>) {
  await sdk.client.fetch(path, { method, body, headers: await authHeaders() })
}

/**
 * «Rendi fissa questa spesa»: the resident's current cart (from their cookie, never a posted id)
 * becomes a weekly basket with the cadence they chose; the address comes from the cart, or from
 * the form when the cart has none yet.
 */
export async function makeBasketFromCart(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t, locale } = await getT()
  const values = formValues(formData)
  const cartId = await getCartId()
  if (!(await getAuthToken())) return { error: t("errors.unauthorized"), values }
  if (!cartId) return { error: t("cart.missing"), values }
  const parsedCadence = cadence.safeParse(values.cadence)
  if (!parsedCadence.success) return { fieldErrors: { cadence: t("validation.invalid") }, values }
  let address: Record<string, string> | undefined
  if (ADDRESS_FIELDS.some((f) => f in values)) {
    const parsed = addressSchema.safeParse(values)
    if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error, t), values }
    address = Object.fromEntries(Object.entries({ ...parsed.data, country_code: "it" }).filter(([, v]) => v))
  }
  try {
    await call("/store/baskets", "POST", { cart_id: cartId, cadence: parsedCadence.data, locale, ...(address ? { address, delivery: "home" } : {}) })
  } catch (error) {
    return apiErrorState(error, t, values, formField)
  }
  refresh()
  return { ok: true, message: t("basket.made") }
}

const settingsSchema = z.object({ basket_id: medusaId, cadence })

/** The cadence of a basket. */
export const saveBasketCadence = formAction({
  caller: RESIDENT,
  schema: settingsSchema,
  fields: formField,
  call: ({ basket_id, cadence }) => call(`/store/baskets/${basket_id}`, "POST", { cadence }),
  done: ({ t }) => ({ ok: true, message: t("basket.saved") }),
})

/** Quantities of a basket's lines (0 takes a line out; at least one must stay). */
export async function saveBasketLines(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const values = formValues(formData)
  const basketId = medusaId.safeParse(values.basket_id)
  if (!basketId.success) return { error: t("errors.invalid"), values }
  const lines: { variant_id: string; quantity: number }[] = []
  const fieldErrors: Record<string, string> = {}
  for (const [key, raw] of Object.entries(values)) {
    if (!key.startsWith("qty_")) continue
    const parsed = quantity.safeParse(raw)
    if (!parsed.success) fieldErrors[key] = t("validation.quantity")
    else if (parsed.data > 0) lines.push({ variant_id: key.slice(4), quantity: parsed.data })
  }
  if (Object.keys(fieldErrors).length) return { fieldErrors, values }
  if (!lines.length) return { error: t("basket.lines_empty"), values }
  try {
    await call(`/store/baskets/${basketId.data}`, "POST", { lines })
  } catch (error) {
    return apiErrorState(error, t, values)
  }
  refresh()
  return { ok: true, message: t("basket.saved") }
}

const actSchema = z.object({
  basket_id: medusaId,
  act: z.enum(["pause", "resume", "skip", "unskip", "delete", "pay_on_delivery"]),
  round_id: medusaId.optional(),
})

/** One button on a basket: pause, resume, skip or take back the skip of a round, stop it. */
export const actOnBasket = formAction({
  caller: RESIDENT,
  schema: actSchema,
  button: true,
  call: ({ basket_id, act, round_id }) => {
    const path = `/store/baskets/${basket_id}`
    if (act === "pause" || act === "resume") return call(path, "POST", { status: act === "pause" ? "paused" : "active" })
    if (act === "skip") return call(`${path}/skips`, "POST", { round_id })
    if (act === "unskip") return call(`${path}/skips/${round_id}`, "DELETE")
    if (act === "pay_on_delivery") return call(path, "POST", { payment: "pay_on_delivery" })
    return call(path, "DELETE")
  },
  done: ({ input, t }) => ({ ok: true, message: t(`basket.done_${input.act}`) }),
})

/**
 * «Paga con carta salvata», step 1: Medusa starts saving a card for the basket (a Stripe SetupIntent
 * of the resident's account holder); the browser confirms it with Stripe.js, the card number never
 * passing through us.
 */
export async function startBasketCardSetup(basketId: string): Promise<{ clientSecret: string } | { error: string }> {
  const { t } = await getT()
  const id = medusaId.safeParse(basketId)
  if (!id.success) return { error: t("errors.invalid") }
  try {
    const { card_setup } = await sdk.client.fetch<{ card_setup: { client_secret: string } }>(`/store/baskets/${id.data}/card-setups`, { method: "POST", body: {}, headers: await authHeaders() })
    return { clientSecret: card_setup.client_secret }
  } catch (error) {
    return { error: apiErrorState(error, t).error ?? t("errors.unknown") }
  }
}

/** Step 2: the card Stripe.js saved pays the basket from now on (the API checks it is the resident's own). */
export async function chooseBasketCard(basketId: string, paymentMethodId: string): Promise<FormState> {
  const { t } = await getT()
  const id = medusaId.safeParse(basketId)
  const pm = medusaId.safeParse(paymentMethodId)
  if (!id.success || !pm.success) return { error: t("errors.invalid") }
  try {
    await call(`/store/baskets/${id.data}`, "POST", { payment: "saved_card", payment_method_id: pm.data })
  } catch (error) {
    return apiErrorState(error, t)
  }
  refresh()
  return { ok: true }
}

/** After the bank confirmed the payment (Stripe.js, 3-D Secure): the waiting basket's order is placed, or released when the round refused it. */
export async function confirmBasketPayment(placementId: string): Promise<{ status: string; order_id: string | null } | { error: string }> {
  const { t } = await getT()
  const id = medusaId.safeParse(placementId)
  if (!id.success) return { error: t("errors.invalid") }
  try {
    const { placement } = await sdk.client.fetch<{ placement: { status: string; order_id: string | null } }>(`/store/basket-placements/${id.data}/confirm`, { method: "POST", body: {}, headers: await authHeaders() })
    refresh()
    return { status: placement.status, order_id: placement.order_id }
  } catch (error) {
    return { error: apiErrorState(error, t).error ?? t("errors.unknown") }
  }
}

/** «Rimuovi la carta»: detached from the resident's Stripe customer; the baskets it paid go on, paid on delivery. */
export const removeSavedCard = formAction({
  caller: RESIDENT,
  schema: z.object({ payment_method_id: medusaId }),
  button: true,
  call: ({ payment_method_id }, headers) =>
    sdk.client.fetch<{ baskets_moved_to_pay_on_delivery: string[]; waiting_orders_released?: string[] }>(`/store/saved-cards/${payment_method_id}`, { method: "DELETE", headers }),
  refresh: false,
  // The card's row goes with it: the page says what happened (to how many baskets, and waiting orders) from its address.
  done: ({ result }) => {
    const moved = result.baskets_moved_to_pay_on_delivery
    const released = result.waiting_orders_released ?? []
    redirect(`/account/spesa-fissa?carta_rimossa=${moved.length}${released.length ? `&ordini_annullati=${released.length}` : ""}`)
  },
})
