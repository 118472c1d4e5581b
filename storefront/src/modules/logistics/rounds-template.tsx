import { Link } from "@/modules/common/link"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { formatDateTime } from "@/lib/util/dates"
import { formatWindow, roundStatusKey } from "./format"
import type { RoundSummary } from "./types"

/** The volunteer's rounds, soonest first: when, status and how far along each one is. */
export function RoundsTemplate({ rounds, t, locale }: { rounds: RoundSummary[]; t: Translate; locale: Locale }) {
  if (!rounds.length) return <p>{t("logistics.rounds.empty")}</p>
  return (
    <ul className="round-list">
      {rounds.map((round) => (
        <li key={round.id} className="round-card">
          <h2 className="round-card__title">
            <Link href={`/logistica/giri/${round.id}`}>{round.name}</Link>
          </h2>
          <p className="round-card__when">{formatWindow(round.starts_at, round.ends_at, locale)}</p>
          <p>
            <span className={`status-pill status-pill--${round.status}`}>{t("logistics.rounds.status", { status: t(roundStatusKey(round.status)) })}</span>
          </p>
          <p className="round-card__counts">
            {t("logistics.rounds.stops", { count: round.stops_count })} · {t("logistics.rounds.done", { done: round.done_count })}
            {round.failed_count ? ` · ${t("logistics.rounds.failed", { failed: round.failed_count })}` : ""}
          </p>
          {round.can_finish ? (
            <p>
              <Link href={`/logistica/giri/${round.id}/corsa`}>{t("logistics.rounds.to_close")}</Link>
            </p>
          ) : null}
          {round.status === "open" ? (
            <p className="muted">
              {t("logistics.rounds.cutoff", { date: formatDateTime(round.cutoff_at, locale) })} · {t("logistics.rounds.capacity", { taken: round.drops_taken, max: round.max_drops })}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
