"use server"

import { redirect } from "next/navigation"
import { z } from "zod"
import { SHOP_COUNTRY } from "../data/regions"
import { sdk } from "../medusa"
import { formAction, RESIDENT } from "./form-action"
import { homeAddress, medusaId } from "./schemas"

const entry = z.object({
  address_id: medusaId.optional(),
  address_name: z.string().trim().max(60, "validation.too_long").optional(),
  is_default_shipping: z.literal("on").optional(),
  ...homeAddress,
})

/**
 * «I tuoi indirizzi»: a new address of the signed-in resident's, or one of hers changed (Medusa's own customer
 * address routes, which answer 404 for an address that is not the caller's). The default one is what the
 * checkout proposes; Medusa keeps one default per customer.
 */
export const saveBookAddress = formAction({
  caller: RESIDENT,
  schema: entry,
  fields: ["address_name", "first_name", "last_name", "address_1", "postal_code", "city", "province", "phone"],
  call: ({ address_id, address_name, is_default_shipping, ...address }, headers) => {
    const body = { ...address, address_name: address_name || null, country_code: SHOP_COUNTRY, ...(is_default_shipping ? { is_default_shipping: true } : {}) }
    return address_id
      ? sdk.store.customer.updateAddress(address_id, body, { fields: "id" }, headers)
      : sdk.store.customer.createAddress(body, { fields: "id" }, headers)
  },
  done: ({ input, t }) => ({ ok: true, message: t(input.address_id ? "account.addresses.updated" : "account.addresses.added") }),
})

const chosen = z.object({ address_id: medusaId })

/** «Rendi predefinito»: the address the checkout and the weekly basket propose first. */
export const makeBookAddressDefault = formAction({
  caller: RESIDENT,
  schema: chosen,
  button: true,
  call: ({ address_id }, headers) => sdk.store.customer.updateAddress(address_id, { is_default_shipping: true }, { fields: "id" }, headers),
  done: ({ t }) => ({ ok: true, message: t("account.addresses.done_default") }),
})

/** «Elimina»: the card goes with the address, so the page says it from its own address. */
export const deleteBookAddress = formAction({
  caller: RESIDENT,
  schema: chosen,
  button: true,
  call: ({ address_id }, headers) => sdk.store.customer.deleteAddress(address_id, headers),
  refresh: false,
  done: () => redirect("/account/indirizzi?eliminato=1"),
})
