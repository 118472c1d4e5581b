import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { authHeaders, getCartId } from "../cookies"
import { sdk } from "../medusa"
import { nullIfNotFound } from "../util/errors"
import { withLineMakers } from "./products"
import { withoutRoundUp } from "@/modules/brand/round-up"

export const CART_FIELDS =
  "id,email,currency_code,region_id,customer_id,completed_at,total,subtotal,tax_total,item_total,item_subtotal,item_tax_total,shipping_total,shipping_tax_total,discount_total," +
  "*items,*items.product,*items.variant,+items.total,+items.subtotal,+items.tax_total," +
  "*shipping_address,*billing_address,*shipping_methods,*payment_collection,*payment_collection.payment_sessions"

/**
 * The visitor's cart (from the cart cookie), never cached; `fields` narrows it (the header's
 * count). Null when there is no cart, it no longer exists or it was already turned into an order.
 */
export async function retrieveCart(fields: string = CART_FIELDS): Promise<HttpTypes.StoreCart | null> {
  const id = await getCartId()
  if (!id) return null
  return nullIfNotFound(async () => {
    const { cart } = await sdk.store.cart.retrieve(id, { fields }, await authHeaders())
    return cart.completed_at ? null : cart
  })
}

/** The cart with each line's maker (`item.product.vendor`), for grouping lines by maker. */
export async function retrieveCartWithMakers(): Promise<HttpTypes.StoreCart | null> {
  const cart = await retrieveCart()
  if (!cart?.items?.length) return cart
  return { ...cart, items: await withLineMakers(cart.items) }
}

export function cartItemCount(cart: Pick<HttpTypes.StoreCart, "items"> | null): number {
  // the round-up is a gift to the fund, not a thing in the basket
  return withoutRoundUp(cart?.items).goods.reduce((sum, item) => sum + item.quantity, 0)
}

/** How many items this visitor's own cart holds (0 without one, or when it cannot be read). */
export async function visitorCartCount(): Promise<number> {
  return cartItemCount(await retrieveCart("id,completed_at,*items").catch(() => null))
}
