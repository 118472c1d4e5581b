import "server-only"
import { cookies, headers } from "next/headers"

export const CART_COOKIE = "rbv_cart_id"
export const AUTH_COOKIE = "rbv_customer_token"
export { LOCALE_COOKIE } from "./i18n/locale-path"
/**
 * The orders this browser paid for, each with the id of the cart it came from: the secret that
 * lets a guest (and only the browser that paid) read the order again. httpOnly, never shown.
 */
export const ORDER_ACCESS_COOKIE = "rbv_orders"
const ORDER_ACCESS_MAX = 20
const ORDER_ACCESS_HEADER = "x-rbv-order-secret"
/** The artisan's login for La mia bottega: its own cookie, never mixed with the customer's. */
export const VENDOR_AUTH_COOKIE = "rbv_vendor_token"

/**
 * httpOnly + SameSite=Lax always; `Secure` when the visitor reached us over HTTPS (directly or
 * through a TLS-terminating proxy), so plain-HTTP local runs keep working in every browser.
 */
export async function baseOptions() {
  const h = await headers()
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim()
  return { httpOnly: true, sameSite: "lax" as const, secure: proto === "https", path: "/" }
}

const DAY = 60 * 60 * 24

/** A value kept in a cookie of its own (httpOnly, see baseOptions) for `maxAge` seconds: read, set, forgotten. */
export function ownCookie(name: string, maxAge: number) {
  return {
    get: async (): Promise<string | undefined> => (await cookies()).get(name)?.value,
    set: async (value: string): Promise<void> => {
      ;(await cookies()).set(name, value, { ...(await baseOptions()), maxAge })
    },
    remove: async (): Promise<void> => {
      ;(await cookies()).delete(name)
    },
  }
}

/** The Authorization header of a call made on behalf of a login's token, or null without one. */
export const bearer = (token: string | undefined): { authorization: string } | null => (token ? { authorization: `Bearer ${token}` } : null)

export const { get: getCartId, set: setCartId, remove: removeCartId } = ownCookie(CART_COOKIE, 30 * DAY)

const orderAccessCookie = ownCookie(ORDER_ACCESS_COOKIE, 90 * DAY)

async function orderAccess(): Promise<Record<string, string>> {
  try {
    const parsed = JSON.parse((await orderAccessCookie.get()) ?? "{}")
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : {}
  } catch {
    return {}
  }
}

/** At completion: this browser may read the order it just paid for (the newest 20 are kept). */
export async function rememberOrderAccess(orderId: string, cartId: string): Promise<void> {
  const kept = Object.entries(await orderAccess()).filter(([id]) => id !== orderId).slice(-(ORDER_ACCESS_MAX - 1))
  const value = JSON.stringify(Object.fromEntries([...kept, [orderId, cartId]]))
  await orderAccessCookie.set(value)
}

/** The secret of an order this browser paid for (empty for any other order). */
export async function orderAccessHeaders(orderId: string): Promise<Record<string, string>> {
  const cartId = (await orderAccess())[orderId]
  return typeof cartId === "string" ? { [ORDER_ACCESS_HEADER]: cartId } : {}
}

export const { get: getAuthToken, set: setAuthToken, remove: removeAuthToken } = ownCookie(AUTH_COOKIE, 7 * DAY)

/** Headers for a call made on behalf of the signed-in customer (empty for a guest). */
export async function authHeaders(): Promise<{ authorization: string } | Record<string, never>> {
  return bearer(await getAuthToken()) ?? {}
}

export const { get: getVendorToken, set: setVendorToken, remove: removeVendorToken } = ownCookie(VENDOR_AUTH_COOKIE, 7 * DAY)

/** Headers for a call made on behalf of the signed-in artisan (empty when nobody is). */
export async function vendorAuthHeaders(): Promise<{ authorization: string } | Record<string, never>> {
  return bearer(await getVendorToken()) ?? {}
}
