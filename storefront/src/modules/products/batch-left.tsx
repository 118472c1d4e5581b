import type { ProductRoundLeft } from "@/lib/data/batches"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { formatDay } from "@/lib/util/dates"

/**
 * "Ne restano 6 per giovedì 3 dicembre": how many the maker can still make for the next open
 * round, and, when that one is sold out, the next round that still has some.
 */
export function BatchLeft({ rounds, t, locale }: { rounds: ProductRoundLeft[]; t: Translate; locale: Locale }) {
  const [next, ...later] = rounds
  const other = next.left === 0 ? later.find((r) => r.left > 0) : undefined
  return (
    <div className="batch-left" role="note">
      <p className={`batch-left__count${next.left === 0 ? " batch-left__count--out" : ""}`}>
        {t("product.batch.left", { left: next.left, day: formatDay(next.starts_at, locale) })}
        {other ? <> · {t("product.batch.next", { left: other.left, day: formatDay(other.starts_at, locale) })}</> : null}
      </p>
      <p className="field__hint">{t("product.batch.hint")}</p>
    </div>
  )
}
