export const LOCALES = ["it", "en"] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = "it"

/** The recipient's language as the senders know it ("en", "en-GB", null…): Italian unless it is English. */
export function pickLocale(value: unknown): Locale {
  return typeof value === "string" && value.toLowerCase().startsWith("en") ? "en" : DEFAULT_LOCALE
}

/** Intl tag for numbers and dates, as the storefront uses them. */
export const intlTag = (locale: Locale) => (locale === "it" ? "it-IT" : "en-IE")
