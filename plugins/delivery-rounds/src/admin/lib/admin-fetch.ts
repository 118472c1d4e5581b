import { getI18n } from "react-i18next"

// The admin runs on the same origin as the API and is logged in by session cookie.
export async function adminFetch<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(path, {
    method: init.method ?? "GET",
    credentials: "include",
    headers: { "content-type": "application/json" },
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
  const generic = i18n.t(`rbvRounds.errors.${status === 404 ? "not_found" : status >= 500 ? "unavailable" : "refused"}`)
  return typeof code === "string" ? i18n.t(`rbvRounds.errors.codes.${code}`, { defaultValue: generic }) : generic
}

/** The admin's language (the dashboard's i18next instance), for dates and money. */
export const adminLanguage = () => getI18n()?.language || "it"
export const euro = (cents: number) => (cents / 100).toLocaleString(adminLanguage(), { style: "currency", currency: "EUR" })
