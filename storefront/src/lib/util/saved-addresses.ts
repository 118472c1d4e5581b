import type { AddressValues, RecipientAddress } from "./checkout-address"

/** An address of the resident's address book (Medusa's customer address). */
export type SavedAddress = RecipientAddress & { id: string; address_name?: string | null; is_default_shipping?: boolean | null }

/** The default address first, then the others as listed. */
export function addressBookOrder<A extends SavedAddress>(addresses: readonly A[]): A[] {
  return [...addresses].sort((a, b) => Number(Boolean(b.is_default_shipping)) - Number(Boolean(a.is_default_shipping)))
}

/** Where a saved address is, in one line: «Via Santa Maria in Organo 4, 37129 Verona». */
export function addressLine(a: RecipientAddress): string {
  return [a.address_1, [a.postal_code, a.city].filter(Boolean).join(" ")].filter(Boolean).join(", ")
}

const norm = (v: string | null | undefined) => (v ?? "").trim().toLowerCase().replace(/\s+/g, " ")

/** Whether the recipient fields name this saved address (same person, same street), however typed. */
export function sameAddress(saved: RecipientAddress, values: RecipientAddress): boolean {
  return (["first_name", "last_name", "address_1", "postal_code", "city"] as const).every((f) => norm(saved[f]) === norm(values[f]))
}

/** The fields a saved address fills in the checkout's recipient step. */
export function addressValues(a: RecipientAddress): AddressValues {
  const s = (v: string | null | undefined) => v ?? ""
  return { first_name: s(a.first_name), last_name: s(a.last_name), address_1: s(a.address_1), postal_code: s(a.postal_code), city: s(a.city), province: s(a.province), phone: s(a.phone) }
}
