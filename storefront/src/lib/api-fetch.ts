import { sdkFetch } from "@rbv/kit/sdk-fetch"

export { ApiError, type ApiFieldIssue } from "@rbv/kit/sdk-fetch"

/**
 * The SDK client's `fetch_` for this server-only storefront: @rbv/kit's, which builds requests as
 * the js-sdk does but keeps the `code` and `field` of the API's refusals (the js-sdk keeps only
 * the message, medusajs/medusa#16770). No cookie: each call that needs a customer passes its own
 * `Authorization` header.
 */
export const apiFetch = (baseUrl: string, defaults: Record<string, string>) => sdkFetch(baseUrl, defaults, "omit")
