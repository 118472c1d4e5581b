import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../medusa"

/** Shipping options that can serve this cart (its address must be set first). */
export async function listCartShippingOptions(cartId: string): Promise<HttpTypes.StoreCartShippingOption[]> {
  const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cartId })
  return shipping_options
}

export const SYSTEM_PAYMENT_PROVIDER = "pp_system_default"

export async function listPaymentProviderIds(regionId: string): Promise<string[]> {
  const { payment_providers } = await sdk.store.payment.listPaymentProviders({ region_id: regionId })
  return payment_providers.map((p) => p.id)
}
