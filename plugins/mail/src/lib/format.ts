import { intlTag, type Locale } from "./locale"

// Dates and times are the district's (Europe/Rome), whoever reads the e-mail and wherever it is rendered.
export const TIME_ZONE = "Europe/Rome"

export type Formatter = ReturnType<typeof formatter>

/** Money and dates the way the shop writes them: "12,50 €" and "giovedì 3 dicembre, 17:00–20:00" in Italian, "€12.50" in English. */
export function formatter(locale: Locale) {
  const tag = intlTag(locale)
  const money = new Intl.NumberFormat(tag, { style: "currency", currency: "EUR" })
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 3 })
  const day = new Intl.DateTimeFormat(tag, { timeZone: TIME_ZONE, weekday: "long", day: "numeric", month: "long" })
  const time = new Intl.DateTimeFormat(tag, { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
  const date = (value: string | Date) => new Date(value)
  return {
    locale,
    /** Integer cents → "12,50 €" / "€12.50". */
    money: (cents: number) => money.format(cents / 100),
    number: (value: number) => number.format(value),
    day: (value: string | Date) => day.format(date(value)),
    time: (value: string | Date) => time.format(date(value)),
    dayTime: (value: string | Date) => `${day.format(date(value))}, ${time.format(date(value))}`,
    slot: (start: string | Date, end: string | Date) => `${day.format(date(start))}, ${time.format(date(start))}–${time.format(date(end))}`,
  }
}
