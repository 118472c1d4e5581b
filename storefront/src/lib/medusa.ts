import "server-only"
import Medusa from "@medusajs/js-sdk"

/**
 * The one SDK instance of the storefront. It runs only on the server: the backend URL and the
 * publishable key are read from the environment when the server starts (not at build time),
 * and no token is ever stored in it — each call that needs a customer passes its own
 * `Authorization` header (see `authHeaders()` in `./cookies`).
 */
export const sdk = new Medusa({
  baseUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
  publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY,
  debug: false,
  auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
})
