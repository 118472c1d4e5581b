import { MedusaError } from "@medusajs/framework/utils"

export type MakerShop = { id: string; handle: string; name: string; status: string }

/**
 * The shop of the signed-in maker on a `/vendor/*` route. The vendors plugin's middleware on
 * `/vendor/*` authenticates every such route, whichever plugin serves it, refuses suspended
 * shops and leaves the shop on the request; the other plugins read it from there — one answer
 * to "which shop is this login", not one query per plugin.
 */
export function shopOfRequest(req: unknown): MakerShop {
  const shop = (req as { vendor_context?: { vendor?: MakerShop } }).vendor_context?.vendor
  if (!shop?.id) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  return shop
}
