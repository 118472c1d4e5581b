import { visitorCartCount } from "@/lib/data/cart"
import { getAuthToken, getVendorToken } from "@/lib/cookies"

/**
 * The header's per-visitor part for cached pages: how many items the visitor's own cart holds
 * (from their httpOnly cart cookie) and whether a resident or a maker is signed in. Never cached.
 */
export async function GET(): Promise<Response> {
  const [cartCount, token, vendorToken] = await Promise.all([visitorCartCount(), getAuthToken(), getVendorToken()])
  return Response.json(
    { cart_count: cartCount, signed_in: Boolean(token), maker_signed_in: Boolean(vendorToken) },
    { headers: { "cache-control": "private, no-store" } }
  )
}
