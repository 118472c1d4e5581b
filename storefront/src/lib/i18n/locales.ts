export const LOCALES = ["it", "en"] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = "it"

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value)
}

/** Intl locale tag used for numbers and dates. */
export function intlLocale(locale: Locale): string {
  return locale === "it" ? "it-IT" : "en-IE"
}
