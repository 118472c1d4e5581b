import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { authHeaders, getAuthToken } from "../cookies"
import { sdk } from "../medusa"
import { NO_LOGIN, readLogin, type LoginState } from "./login-state"

/** The resident's login in this browser (once per request). */
export const customerLogin = cache(async (): Promise<LoginState<HttpTypes.StoreCustomer>> => {
  if (!(await getAuthToken())) return NO_LOGIN
  return readLogin(async () => (await sdk.store.customer.retrieve({ fields: "id,email,first_name,last_name,phone" }, await authHeaders())).customer)
})

/** The signed-in customer, or null for a guest or an expired/invalid token. */
export const retrieveCustomer = async (): Promise<HttpTypes.StoreCustomer | null> => (await customerLogin()).value
