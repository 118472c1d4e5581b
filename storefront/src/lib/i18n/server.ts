import "server-only"
import { cookies } from "next/headers"
import { cache } from "react"
import { LOCALE_COOKIE } from "../cookies"
import { translatorFor } from "./messages"
import { DEFAULT_LOCALE, isLocale, type Locale, type Translate } from "./translate"

/** The visitor's language: the cookie set by the language switcher, Italian otherwise. */
export const getLocale = cache(async (): Promise<Locale> => {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value
  return isLocale(value) ? value : DEFAULT_LOCALE
})

export async function getT(): Promise<{ t: Translate; locale: Locale }> {
  const locale = await getLocale()
  return { t: translatorFor(locale), locale }
}
