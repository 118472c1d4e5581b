import "server-only"
import { sdk } from "../medusa"
import { nullIfNotFound } from "../util/errors"

export type ProductRoundLeft = { id: string; name: string | null; starts_at: string; ends_at: string; cutoff_at: string; left: number }

/**
 * How many of a product are left for each of the next open rounds, when its maker makes it in
 * limited batches per round; null when it is not limited (or the figures cannot be read now).
 */
export async function retrieveProductBatches(productId: string): Promise<ProductRoundLeft[] | null> {
  return nullIfNotFound(async () => {
    const data = await sdk.client.fetch<{ limited: boolean; rounds: ProductRoundLeft[] }>(`/store/delivery-rounds/products/${encodeURIComponent(productId)}`)
    return data.limited ? data.rounds : null
  })
}
