import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { authHeaders, getAuthToken } from "../cookies"
import { sdk } from "../medusa"
import { toUserError } from "../util/errors"

/** The signed-in customer, or null for a guest or an expired/invalid token. */
export const retrieveCustomer = cache(async (): Promise<HttpTypes.StoreCustomer | null> => {
  if (!(await getAuthToken())) return null
  try {
    const { customer } = await sdk.store.customer.retrieve({ fields: "id,email,first_name,last_name,phone" }, await authHeaders())
    return customer
  } catch (error) {
    if (toUserError(error).kind === "unauthorized") return null
    throw error
  }
})
