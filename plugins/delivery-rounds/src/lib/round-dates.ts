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

const DAY_MS = 86_400_000

function parts(date: Date, timeZone: string) {
  const fmt = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  })
  const p = Object.fromEntries(fmt.formatToParts(date).map((x) => [x.type, x.value]))
  return { y: +p.year, m: +p.month, d: +p.day, h: +p.hour, min: +p.minute, s: +p.second }
}

/** The UTC instant of a wall-clock time in a time zone (DST-aware). */
export function zonedTimeToUtc(y: number, m: number, d: number, time: string, timeZone = ROUND_TIME_ZONE): Date {
  const [h, min] = time.split(":").map(Number)
  const wanted = Date.UTC(y, m - 1, d, h, min)
  let guess = wanted
  for (let i = 0; i < 3; i++) {
    const p = parts(new Date(guess), timeZone)
    const seen = Date.UTC(p.y, p.m - 1, p.d, p.h, p.min)
    if (seen === wanted) break
    guess += wanted - seen
  }
  return new Date(guess)
}

/** The local calendar date (in the time zone) of an instant, as a UTC-midnight Date. */
function localDay(instant: Date, timeZone: string): Date {
  const p = parts(instant, timeZone)
  return new Date(Date.UTC(p.y, p.m - 1, p.d))
}

const isoWeekday = (day: Date) => ((day.getUTCDay() + 6) % 7) + 1

function at(day: Date, time: string, timeZone: string) {
  return zonedTimeToUtc(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), time, timeZone)
}

/**
 * The next `weeks` rounds of a weekly schedule after `now`: only rounds whose cutoff is
 * still ahead. The cutoff is the last `cutoff_weekday` at `cutoff_time` before the round.
 */
export function nextRoundDates(schedule: WeeklySchedule, weeks: number, now: Date, timeZone = ROUND_TIME_ZONE): RoundDates[] {
  const today = localDay(now, timeZone)
  const ahead = (schedule.weekday - isoWeekday(today) + 7) % 7
  let day = new Date(today.getTime() + ahead * DAY_MS)
  let daysBefore = (schedule.weekday - schedule.cutoff_weekday + 7) % 7
  if (daysBefore === 0 && schedule.cutoff_time >= schedule.start_time) daysBefore = 7
  const out: RoundDates[] = []
  while (out.length < weeks) {
    const starts_at = at(day, schedule.start_time, timeZone)
    const cutoff_at = at(new Date(day.getTime() - daysBefore * DAY_MS), schedule.cutoff_time, timeZone)
    if (cutoff_at > now) {
      const hours = schedule.dropoff_hours_before
      out.push({
        starts_at,
        ends_at: at(day, schedule.end_time, timeZone),
        cutoff_at,
        dropoff_deadline: hours === null || hours === undefined ? null : new Date(starts_at.getTime() - hours * 3_600_000),
      })
    }
    day = new Date(day.getTime() + 7 * DAY_MS)
  }
  return out
}
