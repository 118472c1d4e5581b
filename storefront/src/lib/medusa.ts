import "server-only"
import Medusa from "@medusajs/js-sdk"
import { apiFetch } from "./api-fetch"

const baseUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"
const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY

/**
 * The one SDK instance of the storefront. It runs only on the server: the backend URL and the
 * publishable key are read from the environment when the server starts (not at build time),
 * and no token is ever stored in it — each call that needs a customer passes its own
 * `Authorization` header (see `authHeaders()` in `./cookies`). Its requests go through
 * `apiFetch`, which keeps the `code` and `field` of the API's refusals (see `toUserError`).
 */
export const sdk = new Medusa({
  baseUrl,
  publishableKey,
  debug: false,
  auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
})
sdk.client.fetch_ = apiFetch(baseUrl, publishableKey ? { "x-publishable-api-key": publishableKey } : {}) as typeof sdk.client.fetch_
