import { type ApiError, apiUrl, sdkFetch } from "./sdk-fetch.mjs"

// The body is whatever the page sends (the js-sdk types it as `BodyInit | Record<string, any>`).
type SdkClient = { client: { fetch_: unknown; fetch<T>(input: string, init?: { method?: string; body?: any; headers?: Record<string, string> }): Promise<T> } }
/** The dashboard's i18next instance (react-i18next's `getI18n`). */
type I18n = () => { language?: string; t(key: string, options?: { defaultValue?: string }): string } | undefined

/**
 * A plugin's admin pages call the API through their js-sdk client (`new Medusa({ baseUrl:
 * __BACKEND_URL__, auth: { type: "session" } })`, as Medusa's docs set one up for a plugin).
 * This gives that client our `sdkFetch`, so a refusal keeps its `code`, and returns the pages'
 * `adminFetch`: `sdk.client.fetch`, whose error is the refusal in the admin's language — the
 * message of its code under `<messages>.errors.codes`, else one by status (never the API's
 * English). Amounts typed by a person are read by the API in the admin's language
 * (`content-language`, @rbv/kit typedAmounts).
 */
export function adminFetchOf(sdk: SdkClient, backendUrl: string, messages: string, i18n: I18n) {
  sdk.client.fetch_ = sdkFetch(backendUrl || "/", {}, "include")
  const refusalText = (code: unknown, status: number | undefined) => {
    const instance = i18n()
    if (!instance) return `HTTP ${status ?? "?"}`
    const generic = instance.t(`${messages}.errors.${status === 404 ? "not_found" : status === undefined || status >= 500 ? "unavailable" : "refused"}`)
    return typeof code === "string" ? instance.t(`${messages}.errors.codes.${code}`, { defaultValue: generic }) : generic
  }
  return async function adminFetch<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
    try {
      return await sdk.client.fetch<T>(path, { method: init.method ?? "GET", body: init.body, headers: { "content-language": i18n()?.language || "it" } })
    } catch (error) {
      const { code, status } = error as Partial<ApiError>
      throw new Error(refusalText(code, status))
    }
  }
}

/**
 * The address of a link from an admin page to the API (a CSV the browser downloads): under the
 * same `backendUrl` as the pages' requests (`adminFetchOf`), so with the API on another origin
 * (`MEDUSA_ADMIN_BACKEND_URL`) the link reaches it too; a bare "/admin/…" would go to the
 * dashboard's own server.
 */
export const adminHrefOf = (backendUrl: string) => (path: string) => apiUrl(backendUrl || "/", path).href
