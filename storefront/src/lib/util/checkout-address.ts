import { receivingOf } from "./receiving"

export type RecipientAddress = {
  first_name?: string | null
  last_name?: string | null
  address_1?: string | null
  postal_code?: string | null
  city?: string | null
  province?: string | null
  phone?: string | null
}

/** The checkout's recipient fields (AddressStep). */
export type AddressValues = { first_name: string; last_name: string; address_1: string; postal_code: string; city: string; province: string; phone: string }

const FIELDS = ["first_name", "last_name", "address_1", "postal_code", "city", "province", "phone"] as const

/**
 * What the checkout's recipient step starts from: what this cart already saved; else, for a signed-in resident, the
 * address her last order was brought to (her own orders only), with her account's name and phone where it has none.
 */
export function checkoutAddress(saved: RecipientAddress | null | undefined, customer: RecipientAddress | null | undefined, lastHome: RecipientAddress | null | undefined): AddressValues {
  const from = receivingOf(saved) ? [saved] : [saved, lastHome, customer]
  const values = {} as AddressValues
  for (const field of FIELDS) values[field] = from.map((a) => a?.[field]).find((v) => typeof v === "string" && v.trim() !== "") ?? ""
  return values
}

/** Of a resident's orders (newest first), the address of the last one brought home: a pickup order has no street. */
export function lastHomeAddress<A extends RecipientAddress>(addresses: ReadonlyArray<A | null | undefined>): A | null {
  return addresses.find((a) => receivingOf(a) === "home") ?? null
}
