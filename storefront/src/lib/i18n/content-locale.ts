import { DEFAULT_LOCALE, type Locale } from "./translate"

/**
 * Medusa's locale for each language of the shop. The catalogue is stored in Italian; English lives
 * in Medusa's Translation Module under en-GB (@rbv/kit's ENGLISH_CONTENT_LOCALE, the same code).
 */
export const CONTENT_LOCALE: Record<Locale, string> = { it: "it-IT", en: "en-GB" }

/**
 * The headers of a store call in this language: none in Italian (the texts as stored), otherwise
 * `x-medusa-locale`, and Medusa answers each translated field (the Italian where there is none).
 * Next's fetch cache keys on the headers too, so each language is cached on its own.
 */
export function contentHeaders(locale: Locale): Record<string, string> {
  return locale === DEFAULT_LOCALE ? {} : { "x-medusa-locale": CONTENT_LOCALE[locale] }
}
