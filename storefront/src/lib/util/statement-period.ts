import { DateTime } from "luxon"
import { TIME_ZONE } from "./dates"

/** The periods a maker's statement can be read for. */
export const STATEMENT_PERIODS = ["this_month", "last_month", "all"] as const
export type StatementPeriod = (typeof STATEMENT_PERIODS)[number]

export function isStatementPeriod(value: unknown): value is StatementPeriod {
  return typeof value === "string" && (STATEMENT_PERIODS as readonly string[]).includes(value)
}

/**
 * The instants to ask the statement for: calendar months in Rome time, `from` included and `to`
 * excluded, as ISO instants. The API compares them with UTC timestamps, so a month must start at
 * Rome's midnight, not UTC's — an order placed at 00:30 on the 1st in Rome (23:30 UTC on the
 * last day) belongs to the new month. "all" asks for no bounds.
 */
export function statementRange(period: StatementPeriod, now: Date = new Date()): { from?: string; to?: string } {
  if (period === "all") return {}
  const thisMonth = DateTime.fromJSDate(now, { zone: TIME_ZONE }).startOf("month")
  const start = period === "this_month" ? thisMonth : thisMonth.minus({ months: 1 })
  return { from: start.toUTC().toISO()!, to: start.plus({ months: 1 }).toUTC().toISO()! }
}
