import type { VendorMinimumOutcome, VendorRoundMinimum } from "@/lib/data/bottega-rounds"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { formatDay } from "@/lib/util/dates"
import { formatMoney } from "@/lib/util/money"
import { RoundMinimumForm } from "./round-minimum-form"

const OUTCOME = { reached: "bottega.minimum.outcome_reached", kept: "bottega.minimum.outcome_kept", released: "bottega.minimum.outcome_released" } as const

type RoundMinimumSectionProps = { minimum: VendorRoundMinimum | null; outcomes: VendorMinimumOutcome[]; t: Translate; locale: Locale }

/** "Almeno 30 € per giro": the shop's minimum per round, its choice below it, and what the last cutoffs decided. */
export function RoundMinimumSection({ minimum, outcomes, t, locale }: RoundMinimumSectionProps) {
  const money = (amount: number) => formatMoney(amount, "eur", locale)
  return (
    <section aria-labelledby="minimum-title" className="section">
      <h2 id="minimum-title">{t("bottega.minimum.title")}</h2>
      <p>{t("bottega.minimum.intro")}</p>
      <RoundMinimumForm minimum={minimum} />
      {outcomes.length ? (
        <>
          <h3>{t("bottega.minimum.outcomes")}</h3>
          <ul className="batch-limit__rounds">
            {outcomes.map((o) => (
              <li key={o.round_id}>
                {t(OUTCOME[o.outcome], { day: formatDay(o.starts_at, locale), total: money(o.total), minimum: money(o.minimum), orders: o.orders })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
