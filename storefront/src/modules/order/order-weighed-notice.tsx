import type { OrderWeighing } from "@/lib/data/orders"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { formatMoney } from "@/lib/util/money"

type Props = { weighing: OrderWeighing; currencyCode: string; t: Translate; locale: Locale }

/**
 * A placed order with products sold by weight, as the API prices it: whether the final amount is
 * known, the most it can come to (at the tolerance agreed when ordering), and what the card
 * authorised and was charged.
 */
export function OrderWeighedNotice({ weighing, currencyCode, t, locale }: Props) {
  if (!weighing.lines.length) return null
  const money = (cents: number) => formatMoney(cents / 100, currencyCode, locale)
  return (
    <div className="notice weighed-notice">
      <p>{weighing.pending ? t("order.weighed_pending", { max: money(weighing.max) }) : t("order.weighed_final")}</p>
      {weighing.authorised !== null && weighing.captured ? (
        <p>{t("order.card_captured", { captured: money(weighing.captured), authorised: money(weighing.authorised) })}</p>
      ) : weighing.authorised !== null ? (
        <p>{t("order.card_authorised", { authorised: money(weighing.authorised) })}</p>
      ) : null}
    </div>
  )
}
