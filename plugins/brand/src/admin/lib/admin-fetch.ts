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
  const generic = i18n.t(`rbvBrand.errors.${status === 404 ? "not_found" : status >= 500 ? "unavailable" : "refused"}`)
  return typeof code === "string" ? i18n.t(`rbvBrand.errors.codes.${code}`, { defaultValue: generic }) : generic
}

// Money and dates in the admin's language (the dashboard's i18next instance).
export const adminLanguage = () => getI18n()?.language || "it"
export const euro = (cents: number) => (cents / 100).toLocaleString(adminLanguage(), { style: "currency", currency: "EUR" })
export const day = (d: string | null | undefined) => (d ? new Date(d).toLocaleDateString(adminLanguage(), { timeZone: "Europe/Rome" }) : "—")

/** Runs an admin action, says how it went in a toast, then reloads. */
export async function attemptAction(run: () => Promise<unknown>, ok: string, toast: { success: (m: string) => void; error: (m: string) => void }, reload: () => void) {
  try {
    await run()
    toast.success(ok)
    reload()
  } catch (e) {
    toast.error((e as Error).message)
  }
}
