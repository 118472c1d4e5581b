import { DateTime } from "luxon"

export const ROUND_TIME_ZONE = "Europe/Rome"

export type WeeklySchedule = {
  /** ISO weekday, 1 = Monday … 7 = Sunday */
  weekday: number
  start_time: string
  end_time: string
  cutoff_weekday: number
  cutoff_time: string
  dropoff_hours_before?: number | null
}

export type RoundDates = { starts_at: Date; ends_at: Date; cutoff_at: Date; dropoff_deadline: Date | null }

/** The UTC instant of a wall-clock time in a time zone (DST-aware). */
export function zonedTimeToUtc(y: number, m: number, d: number, time: string, timeZone = ROUND_TIME_ZONE): Date {
  return at(DateTime.fromObject({ year: y, month: m, day: d }, { zone: timeZone }), time)
}

function at(day: DateTime, time: string): Date {
  const [hour, minute] = time.split(":").map(Number)
  return day.set({ hour, minute, second: 0, millisecond: 0 }).toJSDate()
}

/**
 * The next `weeks` rounds of a weekly schedule after `now`: only rounds whose cutoff is
 * still ahead. The cutoff is the last `cutoff_weekday` at `cutoff_time` before the round.
 */
export function nextRoundDates(schedule: WeeklySchedule, weeks: number, now: Date, timeZone = ROUND_TIME_ZONE): RoundDates[] {
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf("day")
  let day = today.plus({ days: (schedule.weekday - today.weekday + 7) % 7 })
  let daysBefore = (schedule.weekday - schedule.cutoff_weekday + 7) % 7
  if (daysBefore === 0 && schedule.cutoff_time >= schedule.start_time) daysBefore = 7
  const out: RoundDates[] = []
  while (out.length < weeks) {
    const starts_at = at(day, schedule.start_time)
    const cutoff_at = at(day.minus({ days: daysBefore }), schedule.cutoff_time)
    if (cutoff_at > now) {
      const hours = schedule.dropoff_hours_before
      out.push({
        starts_at,
        ends_at: at(day, schedule.end_time),
        cutoff_at,
        dropoff_deadline: hours === null || hours === undefined ? null : new Date(starts_at.getTime() - hours * 3_600_000),
      })
    }
    day = day.plus({ weeks: 1 })
  }
  return out
}

/**
 * Whether `now` falls on a calendar day before the round's own day, in the round's time zone:
 * starting then would tell residents their delivery is on its way days early.
 */
export function isBeforeRoundDay(startsAt: Date | string, now = new Date(), timeZone = ROUND_TIME_ZONE): boolean {
  const day = (instant: Date) => DateTime.fromJSDate(instant, { zone: timeZone }).toISODate()!
  return day(now) < day(new Date(startsAt))
}
