import type { Locale, Translate } from "@/lib/i18n/translate"
import { formatDateTime } from "@/lib/util/dates"
import { formatDistance, formatDuration, savedPercent } from "./format"
import type { Plan, Stop } from "./types"

/** Kilometres and minutes of the planned run, and what pooling saves against every maker driving alone. */
export function PlanSummary({ plan, stops, t, locale }: { plan: Plan; stops: Stop[]; t: Translate; locale: Locale }) {
  const names = (ids: string[]) =>
    ids
      .map((id) => stops.find((s) => s.id === id))
      .filter((s): s is Stop => Boolean(s))
      .map((s) => `${s.customer_name} (${t("logistics.stop.order", { order: s.display_id ?? "—" })})`)
      .join(", ")
  const saved = plan.saved_distance_m >= 0
  return (
    <>
      <dl className="figures">
        <div>
          <dt>{t("logistics.plan.distance")}</dt>
          <dd>{formatDistance(plan.distance_m, locale)}</dd>
        </div>
        <div>
          <dt>{t("logistics.plan.duration")}</dt>
          <dd>{formatDuration(plan.duration_s)}</dd>
        </div>
        <div>
          <dt>{t("logistics.plan.baseline")}</dt>
          <dd>{formatDistance(plan.baseline_distance_m, locale)}</dd>
        </div>
        <div className={saved ? "figures__highlight" : undefined}>
          {/* A pooled run can come out longer (few stops, far apart): said plainly, not as a negative saving. */}
          <dt>{saved ? t("logistics.plan.saved") : t("logistics.plan.extra")}</dt>
          <dd>
            {t("logistics.plan.saved_value", {
              distance: formatDistance(Math.abs(plan.saved_distance_m), locale),
              percent: Math.abs(savedPercent(plan.saved_distance_m, plan.baseline_distance_m)),
            })}
          </dd>
        </div>
      </dl>
      <p className="muted">{t("logistics.plan.planned_at", { date: formatDateTime(plan.planned_at, locale) })}</p>
      {plan.unassigned.length ? <p className="notice notice--warning">{t("logistics.plan.unassigned", { names: names(plan.unassigned) })}</p> : null}
      {plan.unlocated.length ? <p className="notice notice--warning">{t("logistics.plan.unlocated", { names: names(plan.unlocated) })}</p> : null}
    </>
  )
}
