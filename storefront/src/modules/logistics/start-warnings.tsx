import type { Locale, Translate } from "@/lib/i18n/translate"
import { formatDay } from "@/lib/util/dates"
import type { RoundDetail } from "./types"

/**
 * What the rider should know before pressing "Inizia il giro": starting tells every resident their
 * delivery is on its way, so say it when the round's day has not come, and which makers' goods
 * are not ready yet.
 */
export function StartWarnings({ round, t, locale }: { round: RoundDetail; t: Translate; locale: Locale }) {
  const notReady = round.makers.filter((maker) => !maker.ready)
  if (!round.before_round_day && !notReady.length) return null
  return (
    <div className="notice notice--warning" role="note">
      {round.before_round_day ? <p>{t("logistics.start.before_day", { day: formatDay(round.starts_at, locale) })}</p> : null}
      {notReady.length ? (
        <p>{t("logistics.start.not_ready", { count: notReady.length, makers: notReady.map((m) => `${m.name} (${m.ready_count}/${m.orders_count})`).join(", ") })}</p>
      ) : null}
    </div>
  )
}
