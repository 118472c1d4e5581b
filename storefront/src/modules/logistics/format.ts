import { intlLocale, type Locale } from "@/lib/i18n/locales"
import type { MessageKey } from "@/lib/i18n/translate"
import { TIME_ZONE } from "@/lib/util/dates"
import { formatMoney } from "@/lib/util/money"
import type { RoundStatus } from "./types"

/** Pure formatting for the volunteer's pages: every date in Rome time, money from cents. */

export const ROUND_STATUS_KEYS: Record<RoundStatus, MessageKey> = {
  open: "logistics.status.open",
  closed: "logistics.status.closed",
  planned: "logistics.status.planned",
  in_progress: "logistics.status.in_progress",
  completed: "logistics.status.completed",
  cancelled: "logistics.status.cancelled",
}

export function roundStatusKey(status: string): MessageKey {
  return ROUND_STATUS_KEYS[status as RoundStatus] ?? "logistics.status.unknown"
}

/** 1250 → "12,50 €" (Italian) / "€12.50". */
export function formatCents(cents: number | null | undefined, locale: Locale): string {
  return formatMoney((cents ?? 0) / 100, "eur", locale)
}

/** Cents → the value of an amount field, Italian style: 1250 → "12,50"; 0 or nothing → "". */
export function centsInput(cents: number | null | undefined): string {
  return typeof cents === "number" && cents > 0 ? (cents / 100).toFixed(2).replace(".", ",") : ""
}

/** "giovedì 26 novembre" in Rome. */
export function formatDay(value: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: TIME_ZONE, weekday: "long", day: "numeric", month: "long" }).format(new Date(value))
}

/** "17:05" in Rome (24-hour clock in both languages: it is a timetable). */
export function formatTime(value: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(value))
}

/** A round's window: "giovedì 26 novembre, 17:00–20:00". */
export function formatWindow(startsAt: string, endsAt: string, locale: Locale): string {
  return `${formatDay(startsAt, locale)}, ${formatTime(startsAt, locale)}–${formatTime(endsAt, locale)}`
}

/** Metres → "12,3 km" (one decimal; under a kilometre, "850 m"). */
export function formatDistance(metres: number, locale: Locale): string {
  const nf = (digits: number) => new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: digits, maximumFractionDigits: digits })
  if (Math.abs(metres) < 1000) return `${nf(0).format(Math.round(metres))} m`
  return `${nf(1).format(metres / 1000)} km`
}

/** Seconds → "1 h 05 min" or "45 min" (rounded to the minute). */
export function formatDuration(seconds: number): string {
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) return `${minutes} min`
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`
}

/** The share of the baseline saved, as a whole percentage (0 when there is no baseline). */
export function savedPercent(savedMetres: number, baselineMetres: number): number {
  if (!(baselineMetres > 0)) return 0
  return Math.round((savedMetres / baselineMetres) * 100)
}
