import type { VendorSession } from "@/lib/data/bottega"
import type { VendorBatchLimit, VendorMinimumOutcome, VendorRound, VendorRoundMinimum } from "@/lib/data/bottega-rounds"
import { intlLocale, type Locale, type Translate } from "@/lib/i18n/translate"
import { formatSlot, TIME_ZONE } from "@/lib/util/dates"
import { BatchLimitsSection } from "./batch-limits-section"
import { BottegaShell } from "./bottega-shell"
import { RoundMinimumSection } from "./round-minimum-section"
import { WeightsForm } from "./weights-form"
import { formatGrams } from "@/lib/util/weight"

type RoundsTemplateProps = {
  session: VendorSession
  rounds: VendorRound[]
  limits: VendorBatchLimit[]
  products: { id: string; title: string }[]
  minimum: { round_minimum: VendorRoundMinimum | null; outcomes: VendorMinimumOutcome[] }
  t: Translate
  locale: Locale
}

const clock = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(intlLocale(locale), { timeZone: TIME_ZONE, weekday: "long", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(iso))

const when = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(intlLocale(locale), { timeZone: TIME_ZONE, day: "numeric", month: "long", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(iso))

/** When the goods must leave the workshop: at the hub by a deadline, or collected by the rider. */
export function handoverText(round: VendorRound, t: Translate, locale: Locale): string {
  if (round.collection_mode === "workshop_pickup") {
    return round.collection_eta ? t("bottega.rounds.collection", { time: clock(round.collection_eta, locale) }) : t("bottega.rounds.collection_unplanned")
  }
  const hub = round.hub?.name ?? "Casa Comune"
  return round.dropoff_deadline ? t("bottega.rounds.dropoff", { hub, time: clock(round.dropoff_deadline, locale) }) : t("bottega.rounds.dropoff_no_deadline", { hub })
}

export function RoundsTemplate({ session, rounds, limits, products, minimum, t, locale }: RoundsTemplateProps) {
  return (
    <BottegaShell session={session} section="rounds" title={t("bottega.rounds.title")} t={t}>
      <p>{t("bottega.rounds.intro")}</p>
      {rounds.length ? null : <p className="notice">{t("bottega.rounds.empty")}</p>}
      {rounds.map((round) => (
        <section key={round.id} aria-labelledby={`round-${round.id}`} className="section">
          <h2 id={`round-${round.id}`}>{formatSlot(round.starts_at, round.ends_at, locale)}</h2>
          <p className="notice">{handoverText(round, t, locale)}</p>
          <p data-testid="packing-list-mail">
            {round.packing_list_sent_at
              ? t("bottega.rounds.list_sent", { time: when(round.packing_list_sent_at, locale) })
              : t("bottega.rounds.list_pending")}
          </p>
          <ul className="packing-lists">
            {round.orders.map((order) => (
              <li key={order.display_id}>
                <article className="packing-list" aria-labelledby={`round-${round.id}-order-${order.display_id}`}>
                  <h3 id={`round-${round.id}-order-${order.display_id}`}>{t("bottega.rounds.order_label", { number: order.display_id, name: order.customer_name })}</h3>
                  <ul className="packing-list__items">
                    {order.items.map((item, i) => (
                      <li key={i}>
                        <span className="packing-list__qty">{t("bottega.orders.quantity", { quantity: item.quantity })}</span> {item.title}
                        {item.weight ? (
                          <span className="packing-list__weight">
                            {" · "}
                            {item.weight.grams !== null
                              ? t("bottega.rounds.weighed", { grams: formatGrams(item.weight.grams, locale) })
                              : t("bottega.rounds.to_weigh", { estimate: formatGrams(item.weight.estimated_grams, locale) })}
                          </span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                  {order.items.some((item) => item.weight) ? <WeightsForm order={order} label={t("bottega.rounds.order_label", { number: order.display_id, name: order.customer_name })} /> : null}
                </article>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <BatchLimitsSection limits={limits} products={products} t={t} locale={locale} />
      <RoundMinimumSection minimum={minimum.round_minimum} outcomes={minimum.outcomes} t={t} locale={locale} />
    </BottegaShell>
  )
}
