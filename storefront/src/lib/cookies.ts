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

export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value
}

export async function setCartId(id: string): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, id, { ...(await baseOptions()), maxAge: 60 * 60 * 24 * 30 })
}

export async function removeCartId(): Promise<void> {
  ;(await cookies()).delete(CART_COOKIE)
}

async function orderAccess(): Promise<Record<string, string>> {
  try {
    const parsed = JSON.parse((await cookies()).get(ORDER_ACCESS_COOKIE)?.value ?? "{}")
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : {}
  } catch {
    return {}
  }
}

/** At completion: this browser may read the order it just paid for (the newest 20 are kept). */
export async function rememberOrderAccess(orderId: string, cartId: string): Promise<void> {
  const kept = Object.entries(await orderAccess()).filter(([id]) => id !== orderId).slice(-(ORDER_ACCESS_MAX - 1))
  const value = JSON.stringify(Object.fromEntries([...kept, [orderId, cartId]]))
  ;(await cookies()).set(ORDER_ACCESS_COOKIE, value, { ...(await baseOptions()), maxAge: 60 * 60 * 24 * 90 })
}

/** The secret of an order this browser paid for (empty for any other order). */
export async function orderAccessHeaders(orderId: string): Promise<Record<string, string>> {
  const cartId = (await orderAccess())[orderId]
  return typeof cartId === "string" ? { [ORDER_ACCESS_HEADER]: cartId } : {}
}

export async function getAuthToken(): Promise<string | undefined> {
  return (await cookies()).get(AUTH_COOKIE)?.value
}

export async function setAuthToken(token: string): Promise<void> {
  ;(await cookies()).set(AUTH_COOKIE, token, { ...(await baseOptions()), maxAge: 60 * 60 * 24 * 7 })
}

export async function removeAuthToken(): Promise<void> {
  ;(await cookies()).delete(AUTH_COOKIE)
}

/** Headers for a call made on behalf of the signed-in customer (empty for a guest). */
export async function authHeaders(): Promise<{ authorization: string } | Record<string, never>> {
  const token = await getAuthToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}

export async function getVendorToken(): Promise<string | undefined> {
  return (await cookies()).get(VENDOR_AUTH_COOKIE)?.value
}

export async function setVendorToken(token: string): Promise<void> {
  ;(await cookies()).set(VENDOR_AUTH_COOKIE, token, { ...(await baseOptions()), maxAge: 60 * 60 * 24 * 7 })
}

export async function removeVendorToken(): Promise<void> {
  ;(await cookies()).delete(VENDOR_AUTH_COOKIE)
}

/** Headers for a call made on behalf of the signed-in artisan (empty when nobody is). */
export async function vendorAuthHeaders(): Promise<{ authorization: string } | Record<string, never>> {
  const token = await getVendorToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}
