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
  if (!res.ok) throw new Error(data.message ?? `HTTP ${res.status}`)
  return data as T
}

/** The admin's language (the dashboard's i18next instance), for dates and money. */
export const adminLanguage = () => getI18n()?.language || "it"
export const euro = (cents: number) => (cents / 100).toLocaleString(adminLanguage(), { style: "currency", currency: "EUR" })
