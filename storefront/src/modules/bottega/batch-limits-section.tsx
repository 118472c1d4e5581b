import type { VendorBatchLimit } from "@/lib/data/bottega-rounds"
import { type Locale, type Translate } from "@/lib/i18n/translate"
import { formatDay } from "@/lib/util/dates"
import { BatchLimitForm, DeleteBatchLimitForm } from "./batch-limit-form"

type BatchLimitsSectionProps = { limits: VendorBatchLimit[]; products: { id: string; title: string }[]; t: Translate; locale: Locale }

/** "40 pagnotte per giro": what the shop can make for each round, and how much each coming round has taken. */
export function BatchLimitsSection({ limits, products, t, locale }: BatchLimitsSectionProps) {
  return (
    <section aria-labelledby="batches-title" className="section">
      <h2 id="batches-title">{t("bottega.batches.title")}</h2>
      <p>{t("bottega.batches.intro")}</p>
      {limits.map((limit) => (
        <article key={limit.id} className="batch-limit" aria-labelledby={`batch-${limit.id}-title`}>
          <h3 id={`batch-${limit.id}-title`}>{t("bottega.batches.per_round", { name: limit.name, quantity: limit.quantity })}</h3>
          <p className="muted">{limit.products.map((p) => p.title).join(", ")}</p>
          {limit.rounds.length ? (
            <ul className="batch-limit__rounds">
              {limit.rounds.map((round) => (
                <li key={round.id}>
                  {t("bottega.batches.round_usage", { day: formatDay(round.starts_at, locale), taken: round.taken, left: round.left })}
                </li>
              ))}
            </ul>
          ) : null}
          <details>
            <summary>{t("bottega.batches.edit", { name: limit.name })}</summary>
            <BatchLimitForm limit={limit} products={products} />
          </details>
          <DeleteBatchLimitForm limit={limit} />
        </article>
      ))}
      <details open={!limits.length}>
        <summary>{t("bottega.batches.new")}</summary>
        {products.length ? <BatchLimitForm products={products} /> : <p className="notice">{t("bottega.batches.no_products")}</p>}
      </details>
    </section>
  )
}
