import "server-only"
import { sdk } from "../medusa"

export const SYSTEM_PAYMENT_PROVIDER = "pp_system_default"

export async function listPaymentProviderIds(regionId: string): Promise<string[]> {
  const { payment_providers } = await sdk.store.payment.listPaymentProviders({ region_id: regionId })
  return payment_providers.map((p) => p.id)
}
