/**
 * How the resident receives this order, as the cart's saved address says: a street means home
 * delivery; a name and phone without a street, collection at a pickup point (who collects, and
 * how to reach them); nothing saved yet, null.
 */
export type Receiving = "home" | "pickup"

type SavedAddress = { address_1?: string | null; postal_code?: string | null; first_name?: string | null; phone?: string | null }

export function receivingOf(address: SavedAddress | null | undefined): Receiving | null {
  if (address?.address_1 && address.postal_code) return "home"
  if (address?.first_name && address.phone) return "pickup"
  return null
}
