import "server-only"
import { authHeaders } from "../cookies"
import { sdk } from "../medusa"
import type { RecipientAddress } from "../util/checkout-address"
import { addressBookOrder, sameAddress, type SavedAddress } from "../util/saved-addresses"

const FIELDS = "id,address_name,is_default_shipping,first_name,last_name,address_1,postal_code,city,province,phone"

/** The signed-in resident's address book (Medusa's customer addresses), the default first. */
export async function listBookAddresses(headers?: Record<string, string>): Promise<SavedAddress[]> {
  const { addresses } = await sdk.store.customer.listAddress({ fields: FIELDS, limit: 50 }, headers ?? (await authHeaders()))
  return addressBookOrder(addresses as SavedAddress[])
}

/** Keeps an address the resident typed at the checkout in her book, unless it is there already; her first becomes the default. */
export async function keepInBook(address: RecipientAddress & { country_code: string }, headers: Record<string, string>): Promise<void> {
  const book = await listBookAddresses(headers)
  if (book.some((saved) => sameAddress(saved, address))) return
  await sdk.store.customer.createAddress({ ...address, ...(book.length ? {} : { is_default_shipping: true }) }, { fields: "id" }, headers)
}
