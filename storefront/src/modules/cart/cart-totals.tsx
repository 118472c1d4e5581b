import type { Locale, MessageKey, Translate } from "@/lib/i18n/translate"
import { formatMoney } from "@/lib/util/money"
import { vatCents } from "@rbv/kit/order-vat"
import { RoundUpTotal } from "@/modules/brand/round-up-total"
import { Figure } from "@/modules/common/figure"

type Totals = {
  currency_code: string
  item_total?: number | null
  shipping_total?: number | null
  shipping_tax_total?: number | null
  items?: ReadonlyArray<{ tax_total?: number | null }> | null
  total?: number | null
  shipping_methods?: unknown[] | null
}

/**
 * Products, delivery, the round-up for the fund (a donation: apart from the products, no VAT),
 * VAT included (rounded per line, as the order will state it), total — as a description list. `roundUp` in cents; `noShipping` says where the
 * delivery is still to be chosen (the cart points to the checkout, the checkout to its step);
 * `shippingLabel` names it as the resident receives the order (a collection is «Ritiro»).
 */
export function CartTotals({
  totals,
  roundUp = 0,
  noShipping = "cart.shipping_later",
  shippingLabel = "cart.shipping",
  t,
  locale,
}: {
  totals: Totals
  roundUp?: number
  noShipping?: MessageKey
  shippingLabel?: MessageKey
  t: Translate
  locale: Locale
}) {
  const money = (amount: number | null | undefined) => formatMoney(amount ?? 0, totals.currency_code, locale)
  const hasShipping = Boolean(totals.shipping_methods?.length)
  return (
    <dl className="totals">
      <Figure label={t("cart.items_total")}>{money((Math.round((totals.item_total ?? 0) * 100) - roundUp) / 100)}</Figure>
      <Figure label={t(shippingLabel)}>{hasShipping ? money(totals.shipping_total) : t(noShipping)}</Figure>
      <RoundUpTotal cents={roundUp} money={money} t={t} />
      <Figure className="totals__grand" label={t("cart.total")}>{money(totals.total)}</Figure>
      <Figure className="totals__tax" label={t("cart.tax")}>{money(vatCents(totals.items, totals.shipping_tax_total) / 100)}</Figure>
    </dl>
  )
}
