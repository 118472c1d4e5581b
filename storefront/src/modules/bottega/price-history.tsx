import type { VendorPriceChange } from "@/lib/data/bottega"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { centsToEuro } from "@/lib/util/bottega"
import { formatDateTime } from "@/lib/util/dates"
import { formatMoney } from "@/lib/util/money"

/** The product's recent price changes, newest first: which size, from → to, when and who. */
export function PriceHistory({ changes, t, locale }: { changes: VendorPriceChange[]; t: Translate; locale: Locale }) {
  const money = (cents: number, currency: string) => formatMoney(centsToEuro(cents), currency, locale)
  return (
    <ul className="plain-list price-history">
      {changes.map((change) => {
        const who = [change.member.first_name, change.member.last_name].filter(Boolean).join(" ") || change.member.email
        return (
          <li key={change.id}>
            <strong>
              {t("bottega.product.price_history_entry", {
                variant: change.variant_title,
                from: money(change.previous_amount, change.currency_code),
                to: money(change.amount, change.currency_code),
              })}
            </strong>
            <br />
            <span className="muted">{t("bottega.product.price_history_by", { date: formatDateTime(change.created_at, locale), who })}</span>
          </li>
        )
      })}
    </ul>
  )
}
