import { intlLocale, type Locale } from "../i18n/locales"

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

/** A round's day: `giovedì 26 novembre` / `Thursday 26 November`, in Rome time. */
export function formatDay(value: string | Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: TIME_ZONE, weekday: "long", day: "numeric", month: "long" }).format(new Date(value))
}

/** A delivery or collection slot: `giovedì 26 novembre, 17:00–20:00`, in Rome time. */
export function formatSlot(starts: string | Date, ends: string | Date, locale: Locale): string {
  const day = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: TIME_ZONE, weekday: "long", day: "numeric", month: "long" })
  const time = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
  return `${day.format(new Date(starts))}, ${time.format(new Date(starts))}–${time.format(new Date(ends))}`
}
