import type { Locale, Translate } from "@/lib/i18n/translate"
import { formatTime } from "./format"
import { telHref } from "./run"
import { StopItems } from "./stop-items"
import { stopOrdersText, stopPaymentText } from "./stop-text"
import type { Stop } from "./types"

type StopCardProps = { stop: Stop; number: number; canSeeContacts: boolean; t: Translate; locale: Locale }

/** One stop of the round: who, where (when the round lets us see it), what, how much, how it went. */
export function StopCard({ stop, number, canSeeContacts, t, locale }: StopCardProps) {
  const label = t("logistics.stop.label", { n: number, name: stop.customer_name })
  const headingId = `stop-${stop.id}`
  return (
    <article className={`stop-card stop-card--${stop.status}`} aria-labelledby={headingId}>
      <header className="stop-card__head">
        <h3 id={headingId}>{label}</h3>
        <span className={`status-pill status-pill--${stop.status}`}>{t(`logistics.stop.status.${stop.status}`)}</span>
      </header>
      <p className="muted">
        {stopOrdersText(stop, t)}
        {stop.eta ? ` · ${t("logistics.stop.eta", { time: formatTime(stop.eta, locale) })}` : ""}
        {stop.locked && stop.position ? ` · ${t("logistics.stop.locked", { position: stop.position })}` : ""}
      </p>
      {stop.kind === "pickup" && stop.pickup_point_name ? <p>{t("logistics.stop.pickup_at", { place: stop.pickup_point_name })}</p> : null}
      {canSeeContacts && stop.address_1 ? (
        <p className="stop-card__address">
          {stop.address_1}, {[stop.postal_code, stop.city].filter(Boolean).join(" ")}
        </p>
      ) : null}
      {canSeeContacts && stop.phone ? (
        <p>
          <a href={telHref(stop.phone)} aria-label={t("logistics.stop.call", { phone: stop.phone })}>
            {stop.phone}
          </a>
        </p>
      ) : null}
      {!stop.located ? <p className="notice notice--warning">{t("logistics.stop.unlocated")}</p> : null}
      <StopItems items={stop.items} />
      <p className="stop-card__money">{stopPaymentText(stop, t, locale)}</p>
      {stop.note ? <p className="stop-card__note">{t("logistics.stop.note", { note: stop.note })}</p> : null}
    </article>
  )
}
