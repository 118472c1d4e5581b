import { getI18n } from "react-i18next"

// The admin runs on the same origin as the API and is logged in by session cookie.
export async function adminFetch<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(path, {
    method: init.method ?? "GET",
    credentials: "include",
    // Amounts typed by a person are sent as typed and read by the API in this language (@rbv/kit typedAmounts).
    headers: { "content-type": "application/json", "content-language": adminLanguage() },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const data = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(refusalText(data.code, res.status))
  return data as T
}

/** A refusal in the admin's language: the message of the API's code, else one by status (never the API's English). */
function refusalText(code: unknown, status: number): string {
  const i18n = getI18n()
  if (!i18n) return `HTTP ${status}`
  const generic = i18n.t(`rbvVendors.errors.${status === 404 ? "not_found" : status >= 500 ? "unavailable" : "refused"}`)
  return typeof code === "string" ? i18n.t(`rbvVendors.errors.codes.${code}`, { defaultValue: generic }) : generic
}

/** The admin's language (the dashboard's i18next instance), for numbers and dates. */
export const adminLanguage = () => getI18n()?.language || "it"
export const percent = (bps: number | null | undefined) => (bps === null || bps === undefined ? "" : (bps / 100).toLocaleString(adminLanguage()))
