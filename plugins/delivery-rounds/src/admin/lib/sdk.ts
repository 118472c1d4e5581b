import Medusa from "@medusajs/js-sdk"
import { adminFetchOf, adminHrefOf } from "@rbv/kit/admin-client"
import { getI18n } from "react-i18next"

// The admin's js-sdk client, set up as Medusa's docs show for a plugin's admin extensions (the API's origin, the session cookie).
export const sdk = new Medusa({ baseUrl: __BACKEND_URL__ || "/", auth: { type: "session" } })
/** `sdk.client.fetch` for the pages; a refusal becomes the message of its code (rbvRounds.errors.codes). */
export const adminFetch = adminFetchOf(sdk, __BACKEND_URL__, "rbvRounds", getI18n)
/** A link to the API (a CSV download), on the same server as `adminFetch`'s requests. */
export const adminHref = adminHrefOf(__BACKEND_URL__)

/** The admin's language (the dashboard's i18next instance), for dates and money. */
export const adminLanguage = () => getI18n()?.language || "it"
export const euro = (cents: number) => (cents / 100).toLocaleString(adminLanguage(), { style: "currency", currency: "EUR" })
