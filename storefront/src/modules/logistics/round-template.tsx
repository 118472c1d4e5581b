import type { Locale, Translate } from "@/lib/i18n/translate"
import { startRound } from "@/lib/actions/logistics"
import { formatDateTime } from "@/lib/util/dates"
import { ButtonLink } from "@/modules/common/button-link"
import { Figure } from "@/modules/common/figure"
import { formatCents, formatWindow, roundStatusKey } from "./format"
import { mapLayers } from "./map-data"
import { PlanForm } from "./plan-form"
import { PlanSummary } from "./plan-summary"
import { RoundMap } from "./round-map"
import { inRunOrder, stopNumber } from "./run"
import { RoundActionForm } from "./round-action-form"
import { StartWarnings } from "./start-warnings"
import { StopCard } from "./stop-card"
import type { RoundDetail } from "./types"

/** A round for its volunteer: what it is, what to do next (plan, start, run), the route and every stop. */
export function RoundTemplate({ round, t, locale }: { round: RoundDetail; t: Translate; locale: Locale }) {
  const stops = inRunOrder(round.stops)
  const layers = mapLayers(round)
  const running = round.status === "in_progress" || round.status === "completed"
  return (
    <>
      <section aria-labelledby="round-details" className="round-section">
        <h2 id="round-details" className="visually-hidden">
          {t("logistics.round.details")}
        </h2>
        <dl className="round-facts">
          <Figure label={t("logistics.round.when")}>{formatWindow(round.starts_at, round.ends_at, locale)}</Figure>
          <Figure label={t("logistics.round.status")}>
            <span className={`status-pill status-pill--${round.status}`}>{t(roundStatusKey(round.status))}</span>
          </Figure>
          <Figure label={t("logistics.round.vehicle")}>{t(`logistics.vehicle.${round.vehicle_profile}`)}</Figure>
          <Figure label={t("logistics.round.collection")}>{t(`logistics.collection.${round.collection_mode}`, { hub: round.hub?.name ?? t("logistics.no_hub") })}</Figure>
          {round.dropoff_deadline ? (
            <Figure label={t("logistics.round.dropoff")}>{formatDateTime(round.dropoff_deadline, locale)}</Figure>
          ) : null}
        </dl>
        <ul className="round-actions no-print">
          <li>
            <ButtonLink href={`/logistica/giri/${round.id}/foglio`} variant="secondary">{t("logistics.round.sheet_link")}</ButtonLink>
          </li>
          {running ? (
            <li>
              <ButtonLink href={`/logistica/giri/${round.id}/corsa`} variant="primary" size="large">{t("logistics.round.run_link")}</ButtonLink>
            </li>
          ) : null}
        </ul>
        {round.can_start ? (
          <>
            <StartWarnings round={round} t={t} locale={locale} />
            {/* Before the round's day the warning above already says that the residents are told at once. */}
            <RoundActionForm
              action={startRound}
              roundId={round.id}
              submit="logistics.start.submit"
              pending="logistics.start.pending"
              hint={round.before_round_day ? undefined : "logistics.start.hint"}
            />
          </>
        ) : null}
      </section>

      <section aria-labelledby="round-totals" className="round-section">
        <h2 id="round-totals">{t("logistics.round.totals")}</h2>
        <dl className="figures">
          <Figure label={t("logistics.round.orders")}>{round.totals.orders}</Figure>
          <Figure label={t("logistics.round.home_stops")}>{round.totals.home_stops}</Figure>
          <Figure label={t("logistics.round.pickup_orders")}>{round.totals.pickup_orders}</Figure>
          <Figure label={t("logistics.round.items")}>{round.totals.items}</Figure>
          <Figure label={t("logistics.round.to_collect")}>{formatCents(round.totals.amount_to_collect, locale)}</Figure>
          {running ? (
            <Figure label={t("logistics.round.collected")}>{formatCents(round.totals.amount_collected, locale)}</Figure>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="round-plan" className="round-section">
        <h2 id="round-plan">{t("logistics.plan.title")}</h2>
        {round.plan ? <PlanSummary plan={round.plan} stops={round.stops} t={t} locale={locale} /> : <p>{t("logistics.plan.none")}</p>}
        {round.can_plan ? (
          <PlanForm
            roundId={round.id}
            stopCount={round.stops.length}
            planned={round.status === "planned"}
            stops={stops.map((stop) => ({ id: stop.id, name: stop.customer_name, position: stopNumber(stops, stop), locked: stop.locked }))}
          />
        ) : null}
        {round.can_plan && round.status === "open" ? <p className="muted">{t("logistics.plan.draft", { date: formatDateTime(round.cutoff_at, locale) })}</p> : null}
      </section>

      {layers.points.length ? (
        <section aria-labelledby="round-map" className="round-section no-print">
          <h2 id="round-map">{t("logistics.round.map_title")}</h2>
          <p className="field__hint">{t("logistics.round.map_hint")}</p>
          <RoundMap layers={layers} label={t("logistics.round.map_label", { count: layers.points.length })} />
        </section>
      ) : null}

      <section aria-labelledby="round-stops" className="round-section">
        <h2 id="round-stops">{t("logistics.round.stops_title")}</h2>
        {!round.can_see_contacts ? <p className="notice notice--warning">{t("logistics.round.contacts_hidden")}</p> : null}
        {stops.length ? (
          <ol className="stop-list">
            {stops.map((stop) => (
              <li key={stop.id}>
                <StopCard stop={stop} number={stopNumber(stops, stop)} canSeeContacts={round.can_see_contacts} t={t} locale={locale} />
              </li>
            ))}
          </ol>
        ) : (
          <p>{t("logistics.round.no_stops")}</p>
        )}
      </section>

      {round.makers.length ? (
        <section aria-labelledby="round-makers" className="round-section">
          <h2 id="round-makers">{round.collection_mode === "workshop_pickup" ? t("logistics.round.makers_title") : t("logistics.round.makers_hub")}</h2>
          <ul className="maker-pickups">
            {round.makers.map((maker) => (
              <li key={maker.vendor_id}>
                <h3>{maker.name}</h3>
                <p className={`badge${maker.ready ? " badge--published" : ""}`}>
                  {maker.ready ? t("logistics.round.maker_ready") : t("logistics.round.maker_not_ready", { ready: maker.ready_count, count: maker.orders_count })}
                </p>
                {maker.address_1 ? <p className="muted">{maker.address_1}</p> : null}
                <ul>
                  {maker.items.map((item, index) => (
                    <li key={`${item.display_id}-${index}`}>
                      {item.quantity} × {item.title} · {t("logistics.stop.order", { order: item.display_id })}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
