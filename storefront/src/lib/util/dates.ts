import { intlLocale, type Locale } from "../i18n/translate"

export const TIME_ZONE = "Europe/Rome"

/** `lunedì 23 novembre 2026, 17:30` / `Monday 23 November 2026, 17:30`, always in Rome time. */
export function formatDateTime(value: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: TIME_ZONE,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(typeof value === "string" ? new Date(value) : value)
}

/** `23 novembre 2026` / `23 November 2026`. */
export function formatDate(value: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: TIME_ZONE,
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(typeof value === "string" ? new Date(value) : value)
}
