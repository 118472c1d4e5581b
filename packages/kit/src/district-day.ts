/** The district's time zone: every calendar day the network shows or exports is a day in Verona. */
export const DISTRICT_TIME_ZONE = "Europe/Rome"

const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: DISTRICT_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" })

/**
 * The calendar day (YYYY-MM-DD) of an instant in the district. Not `toISOString().slice(0, 10)`,
 * which is UTC's day: a sale at 00:30 on the 1st in Verona would be dated the last day of the
 * month before, and fall out of the month's statement.
 */
export function districtDay(value: Date | string): string {
  return dayFormat.format(typeof value === "string" ? new Date(value) : value)
}
