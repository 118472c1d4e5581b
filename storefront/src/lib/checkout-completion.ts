import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { listDeliveryOffer } from "./data/delivery"
import type { Translate } from "./i18n/translate"
import { sdk } from "./medusa"
import { codeMessageKey, toUserError } from "./util/errors"

/**
 * The resident's last click: the delivery-rounds plugin completes the cart with Medusa's own
 * workflow, holding the round's drop and the makers' batch units first (Medusa's bare
 * /store/carts/:id/complete refuses a cart that rides a round).
 */
export function completeCart(cartId: string, headers: Record<string, string>) {
  return sdk.client.fetch<HttpTypes.StoreCompleteCartResponse>(`/store/delivery-rounds/carts/${cartId}/complete`, {
    method: "POST",
    headers,
    body: {},
  })
}

/**
 * Why the round slot on the cart cannot take it any more, in the resident's words: it left the
 * offer (full, past cutoff) or its makers' limited batches ran out; null when it still can.
 */
export async function chosenSlotProblem(cartId: string, headers: Record<string, string>, t: Translate): Promise<string | null> {
  try {
    const { cart } = await sdk.store.cart.retrieve(cartId, { fields: "id,*shipping_methods" }, headers)
    const chosen = cart.shipping_methods?.[0]?.shipping_option_id
    if (!chosen) return null
    const offer = await listDeliveryOffer(cartId)
    const slot = [...offer.rounds, ...offer.pickup_points.flatMap((p) => p.slots)].find((s) => s.shipping_option_id === chosen)
    if (!slot) return t("checkout.shipping.round_unavailable")
    if (!slot.short?.length) return null
    return t("checkout.shipping.batch_unavailable", { items: slot.short.map((s) => s.name).join(", ") })
  } catch {
    return null
  }
}

/**
 * Why completing the cart was refused, in the resident's words, or null when it was not a
 * refusal: the message of the refusal's code; for a batch sold out (which names no product) or a
 * refusal without a known code, what the chosen slot says now.
 */
export async function completionProblem(error: unknown, cartId: string, headers: Record<string, string>, t: Translate): Promise<string | null> {
  const refused = toUserError(error)
  if (refused.kind !== "invalid") return null
  if (refused.code !== "batch_sold_out" && codeMessageKey(refused.code)) return t(refused.messageKey)
  return chosenSlotProblem(cartId, headers, t)
}
