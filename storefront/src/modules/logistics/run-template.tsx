import { finishRound } from "@/lib/actions/logistics"
import { Link } from "@/modules/common/link"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { formatCents, formatTime } from "./format"
import { DeliveredStopForm } from "./delivered-stop-form"
import { FailedStopForm } from "./failed-stop-form"
import { RoundActionForm } from "./round-action-form"
import { geoUri, inRunOrder, navigationUrl, nextStop, runProgress, stopNumber, telHref } from "./run"
import { StopItems } from "./stop-items"
import { stopOrdersText, stopPaymentText } from "./stop-text"
import type { RoundDetail, Stop } from "./types"

type RunTemplateProps = { round: RoundDetail; justDone: Stop | null; t: Translate; locale: Locale }

/** Run mode, for a phone in one hand: the next stop, big; how to get there; how it went. */
export function RunTemplate({ round, justDone, t, locale }: RunTemplateProps) {
  const stops = inRunOrder(round.stops)
  const progress = runProgress(stops)
  const next = nextStop(stops)
  const finished = round.status === "completed"
  return (
    <div className="run">
      <div role="status" className="form-status-region">
        {justDone && justDone.status !== "scheduled" ? (
          <p className={`notice ${justDone.status === "delivered" ? "notice--ok" : "notice--warning"}`}>
            {t(justDone.status === "delivered" ? "logistics.run.recorded_delivered" : "logistics.run.recorded_failed", { name: justDone.customer_name })}
          </p>
        ) : null}
      </div>
      <p className="run__progress">
        <label htmlFor="run-progress">{t("logistics.run.progress", { done: progress.done, total: progress.total })}</label>
        <progress id="run-progress" value={progress.done} max={Math.max(progress.total, 1)} />
      </p>

      {finished ? (
        <section aria-labelledby="run-completed" className="run__completed">
          <h2 id="run-completed">{t("logistics.run.completed_title")}</h2>
          <p>{t("logistics.run.completed_text", { delivered: progress.delivered, failed: progress.failed, amount: formatCents(round.totals.amount_collected, locale) })}</p>
          <p>
            <Link href={`/logistica/giri/${round.id}`}>{t("logistics.back_to_round")}</Link>
          </p>
        </section>
      ) : round.status === "in_progress" && round.can_finish ? (
        <section aria-labelledby="run-finish" className="run__completed">
          <h2 id="run-finish">{t("logistics.run.finish_title")}</h2>
          <p>{t("logistics.run.finish_text", { delivered: progress.delivered, failed: progress.failed })}</p>
          <RoundActionForm action={finishRound} roundId={round.id} submit="logistics.run.finish_submit" pending="logistics.run.finish_pending" hint="logistics.run.finish_hint" />
        </section>
      ) : round.status !== "in_progress" ? (
        <p className="notice notice--warning">
          {t("logistics.run.not_started")} <Link href={`/logistica/giri/${round.id}`}>{t("logistics.back_to_round")}</Link>
        </p>
      ) : next ? (
        <NextStop round={round} stop={next} number={stopNumber(stops, next)} total={progress.total} t={t} locale={locale} />
      ) : null}

      {round.collection_mode === "workshop_pickup" && round.makers.length && !finished ? (
        <details className="run__pickups">
          <summary>{t("logistics.run.pickups")}</summary>
          <ul>
            {round.makers.map((maker) => {
              const href = navigationUrl(maker)
              return (
                <li key={maker.vendor_id}>
                  <strong>{maker.name}</strong>
                  {maker.address_1 ? ` · ${maker.address_1}` : ""}
                  {href ? (
                    <>
                      {" · "}
                      <a href={href}>{t("logistics.run.navigate")}</a>
                    </>
                  ) : null}
                </li>
              )
            })}
          </ul>
        </details>
      ) : null}

      <RunList roundId={round.id} title={t("logistics.run.later")} stops={stops.filter((s) => s.status === "scheduled" && s.id !== next?.id)} all={stops} t={t} locale={locale} />
      <RunList roundId={round.id} title={t("logistics.run.done_list")} stops={stops.filter((s) => s.status !== "scheduled")} all={stops} t={t} locale={locale} />
    </div>
  )
}

function NextStop({ round, stop, number, total, t, locale }: { round: RoundDetail; stop: Stop; number: number; total: number; t: Translate; locale: Locale }) {
  const place = stop.kind === "pickup" && stop.pickup_point_name ? t("logistics.stop.pickup_at", { place: stop.pickup_point_name }) : null
  const address = stop.address_1 ? `${stop.address_1}, ${[stop.postal_code, stop.city].filter(Boolean).join(" ")}` : null
  const directions = navigationUrl(stop)
  const geo = geoUri(stop)
  return (
    <section aria-labelledby="next-stop" className="next-stop">
      <h2 id="next-stop">{t("logistics.run.next", { n: number, total })}</h2>
      <p className="next-stop__name">{stop.customer_name}</p>
      {place ? <p className="next-stop__address">{place}</p> : null}
      {address ? <p className="next-stop__address">{address}</p> : null}
      <p className="muted">
        {stopOrdersText(stop, t)}
        {stop.eta ? ` · ${t("logistics.stop.eta", { time: formatTime(stop.eta, locale) })}` : ""}
      </p>
      {!stop.located ? <p className="notice notice--warning">{t("logistics.stop.unlocated")}</p> : null}
      <div className="next-stop__links">
        {directions ? (
          <a className="button button--secondary button--large" href={directions} target="_blank" rel="noopener noreferrer">
            {t("logistics.run.navigate")}
          </a>
        ) : null}
        {geo ? (
          <a className="button button--secondary" href={geo}>
            {t("logistics.run.navigate_app")}
          </a>
        ) : null}
        {stop.phone ? (
          <a className="button button--secondary" href={telHref(stop.phone)}>
            {t("logistics.stop.call", { phone: stop.phone })}
          </a>
        ) : null}
      </div>
      <StopItems items={stop.items} />
      <p className="next-stop__money">{stopPaymentText(stop, t, locale)}</p>
      <div className="complete-stop">
        <DeliveredStopForm key={`delivered-${stop.id}`} roundId={round.id} stopId={stop.id} amountToCollect={stop.amount_to_collect} />
        <FailedStopForm key={`failed-${stop.id}`} roundId={round.id} stopId={stop.id} />
      </div>
    </section>
  )
}

function RunList({ roundId, title, stops, all, t, locale }: { roundId: string; title: string; stops: Stop[]; all: Stop[]; t: Translate; locale: Locale }) {
  if (!stops.length) return null
  const id = `run-list-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`
  return (
    <section aria-labelledby={id} className="run__list">
      <h2 id={id}>{title}</h2>
      <ol>
        {stops.map((stop) => (
          <li key={stop.id}>
            <span className="run__list-n">{stopNumber(all, stop)}.</span> {stop.customer_name}
            {stop.eta ? ` · ${formatTime(stop.eta, locale)}` : ""}
            {stop.status !== "scheduled" ? (
              <>
                {" · "}
                <span className={`status-pill status-pill--${stop.status}`}>{t(`logistics.stop.status.${stop.status}`)}</span>
              </>
            ) : null}
            {stop.note ? <span className="muted"> · {stop.note}</span> : null}
            {stop.can_deliver_again ? <SecondPass roundId={roundId} stop={stop} t={t} /> : null}
          </li>
        ))}
      </ol>
    </section>
  )
}

/** A door that failed, rung again before going back: folded, so a stray tap on the list records nothing. */
function SecondPass({ roundId, stop, t }: { roundId: string; stop: Stop; t: Translate }) {
  return (
    <details className="run__second-pass">
      <summary>{t("logistics.run.second_pass")}</summary>
      <p className="muted">{t("logistics.run.second_pass_hint")}</p>
      <DeliveredStopForm roundId={roundId} stopId={stop.id} amountToCollect={stop.amount_to_collect} />
    </details>
  )
}
