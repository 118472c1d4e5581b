import type { Locale, Translate } from "@/lib/i18n/translate"
import { formatDateTime } from "@/lib/util/dates"
import { Figure } from "@/modules/common/figure"
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
        <Figure label={t("logistics.plan.distance")}>{formatDistance(plan.distance_m, locale)}</Figure>
        <Figure label={t("logistics.plan.duration")}>{formatDuration(plan.duration_s)}</Figure>
        <Figure label={t("logistics.plan.baseline")}>{formatDistance(plan.baseline_distance_m, locale)}</Figure>
        {/* A pooled run can come out longer (few stops, far apart): said plainly, not as a negative saving. */}
        <Figure className={saved ? "figures__highlight" : undefined} label={saved ? t("logistics.plan.saved") : t("logistics.plan.extra")}>
          {t("logistics.plan.saved_value", {
            distance: formatDistance(Math.abs(plan.saved_distance_m), locale),
            percent: Math.abs(savedPercent(plan.saved_distance_m, plan.baseline_distance_m)),
          })}
        </Figure>
      </dl>
      <p className="muted">{t("logistics.plan.planned_at", { date: formatDateTime(plan.planned_at, locale) })}</p>
      {plan.unassigned.length ? <p className="notice notice--warning">{t("logistics.plan.unassigned", { names: names(plan.unassigned) })}</p> : null}
      {plan.unlocated.length ? <p className="notice notice--warning">{t("logistics.plan.unlocated", { names: names(plan.unlocated) })}</p> : null}
    </>
  )
}
