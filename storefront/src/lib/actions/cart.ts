"use server"

import type { HttpTypes } from "@medusajs/types"
import { z } from "zod"
import { authHeaders, getCartId, setCartId } from "../cookies"
import { retrieveShopRegion } from "../data/regions"
import { CONTENT_LOCALE } from "../i18n/content-locale"
import { getLocale, getT } from "../i18n/server"
import type { Translate } from "../i18n/translate"
import { sdk } from "../medusa"
import { isNotFound, toUserError } from "../util/errors"
import { type FormState } from "./form-state"
import { CART_OWNER, formAction } from "./form-action"
import { apiErrorState, zodFieldErrors } from "./form-errors"
import { medusaId, quantity } from "./schemas"

/**
 * The visitor's open cart: the one in the cart cookie, or a new one in the Italian region
 * (attached to the customer when signed in) in the visitor's language, so that Medusa writes
 * its lines' product and variant names in it. Only ever the caller's own cart, since the id
 * comes from their httpOnly cookie.
 */
async function getOrCreateCart(): Promise<HttpTypes.StoreCart> {
  const headers = await authHeaders()
  const id = await getCartId()
  const locale = CONTENT_LOCALE[await getLocale()]
  if (id) {
    try {
      const { cart } = await sdk.store.cart.retrieve(id, { fields: "id,completed_at,region_id,locale" }, headers)
      // (StoreCart's type does not list `locale` yet; the API answers it)
      if (!cart.completed_at && (cart as { locale?: string | null }).locale === locale) return cart
      if (!cart.completed_at) return (await sdk.store.cart.update(id, { locale }, { fields: "id,region_id" }, headers)).cart
    } catch (error) {
      if (!isNotFound(error)) throw error
    }
  }
  const region = await retrieveShopRegion()
  const { cart } = await sdk.store.cart.create({ region_id: region.id, locale }, { fields: "id,region_id" }, headers)
  await setCartId(cart.id)
  return cart
}

/**
 * Adding or changing a line only fails with 400 when the requested quantity is not in stock
 * (the input was validated here first), so that is what the quantity field says.
 */
function lineErrorState(error: unknown, t: Translate, values?: Record<string, string>): FormState {
  if (toUserError(error).kind === "invalid") return { fieldErrors: { quantity: t("cart.not_enough_stock") }, values }
  return apiErrorState(error, t, values)
}

const addToCartSchema = z.object({
  variant_id: medusaId,
  quantity: quantity.pipe(z.number().min(1, "validation.quantity")),
})

export async function addToCart(_prev: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT()
  const parsed = addToCartSchema.safeParse({
    variant_id: formData.get("variant_id"),
    quantity: formData.get("quantity") ?? "1",
  })
  if (!parsed.success) return { fieldErrors: zodFieldErrors(parsed.error, t) }
  try {
    const cart = await getOrCreateCart()
    await sdk.store.cart.createLineItem(
      cart.id,
      { variant_id: parsed.data.variant_id, quantity: parsed.data.quantity },
      { fields: "id" },
      await authHeaders()
    )
  } catch (error) {
    return lineErrorState(error, t)
  }
  // The product page is the same for everyone (cached); the header asks for its count itself.
  return { ok: true, message: t("product.added") }
}

export const updateLineItem = formAction({
  caller: CART_OWNER,
  schema: z.object({ line_id: medusaId, quantity }),
  read: (formData) => ({ line_id: formData.get("line_id"), quantity: formData.get("quantity") }),
  refused: lineErrorState,
  call: async ({ line_id, quantity }, { cartId, headers }) => {
    if (quantity === 0) await sdk.store.cart.deleteLineItem(cartId, line_id, {}, headers)
    else await sdk.store.cart.updateLineItem(cartId, line_id, { quantity }, { fields: "id" }, headers)
  },
  done: () => ({ ok: true }),
})

export const removeLineItem = formAction({
  caller: CART_OWNER,
  schema: z.object({ line_id: medusaId }),
  button: true,
  invalid: "validation.invalid",
  call: ({ line_id }, { cartId, headers }) => sdk.store.cart.deleteLineItem(cartId, line_id, {}, headers),
  done: () => ({ ok: true }),
})
