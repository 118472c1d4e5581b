import type { Locale, Translate } from "@/lib/i18n/translate"
import { formatMoney } from "@/lib/util/money"

type Totals = {
  currency_code: string
  item_total?: number | null
  shipping_total?: number | null
  tax_total?: number | null
  total?: number | null
  shipping_methods?: unknown[] | null
}

/** Products, delivery, VAT included, total — as a description list. */
export function CartTotals({ totals, t, locale }: { totals: Totals; t: Translate; locale: Locale }) {
  const money = (amount: number | null | undefined) => formatMoney(amount ?? 0, totals.currency_code, locale)
  const hasShipping = Boolean(totals.shipping_methods?.length)
  return (
    <dl className="totals">
      <div>
        <dt>{t("cart.items_total")}</dt>
        <dd>{money(totals.item_total)}</dd>
      </div>
      <div>
        <dt>{t("cart.shipping")}</dt>
        <dd>{hasShipping ? money(totals.shipping_total) : t("cart.shipping_later")}</dd>
      </div>
      <div className="totals__grand">
        <dt>{t("cart.total")}</dt>
        <dd>{money(totals.total)}</dd>
      </div>
      <div className="totals__tax">
        <dt>{t("cart.tax")}</dt>
        <dd>{money(totals.tax_total)}</dd>
      </div>
    </dl>
  )
}
