import type { OrderDelivery } from "@/lib/data/delivery"
import type { ResidentOrder } from "@/lib/data/orders"
import type { Locale, MessageKey, Translate } from "@/lib/i18n/translate"
import { formatDateTime } from "@/lib/util/dates"
import { groupByMaker } from "@/lib/util/makers"
import { formatMoney } from "@/lib/util/money"
import { withoutRoundUp } from "@/modules/brand/round-up"
import { RoundUpTotal } from "@/modules/brand/round-up-total"
import { formatGrams } from "@/lib/util/weight"
import { Figure } from "@/modules/common/figure"
import { ClientMessages } from "@/modules/common/client-messages"
import { CancelOrderForm } from "./cancel-order-form"
import { OrderDeliveryBlock } from "./order-delivery"
import { OrderWeighedNotice } from "./order-weighed-notice"
import { keptTax, releasedParts } from "./released-parts"

type OrderDetailsProps = {
  order: ResidentOrder
  delivery?: OrderDelivery | null
  t: Translate
  locale: Locale
  /** The page showing it (the resident's account, or the confirmation a guest keeps): where a cancel returns. */
  from: "account" | "confirmation"
  /** The resident has just cancelled the order here. */
  cancelled?: boolean
}

const STATUSES = ["pending", "completed", "canceled", "requires_action", "archived", "draft"]

export function orderStatusLabel(status: string, t: Translate): string {
  return STATUSES.includes(status) ? t(`order.status.${status}` as MessageKey) : status
}

/** Items (by maker), delivery and totals of one order; the page supplies the heading. */
export function OrderDetails({ order, delivery, t, locale, from, cancelled }: OrderDetailsProps) {
  const money = (amount: number | null | undefined) => formatMoney(amount ?? 0, order.currency_code, locale)
  const { goods, roundUp } = withoutRoundUp(order.items)
  const groups = groupByMaker(goods, (item) => item.product)
  // Makers' parts taken out of the order (a round's minimum not reached): shown, not paid for.
  const released = releasedParts((order as { credit_lines?: Parameters<typeof releasedParts>[0] }).credit_lines)
  const isReleased = (group: (typeof groups)[number]) => released.has(group.maker.id ?? "")
  const address = order.shipping_address
  // Collected at a pickup point: the order goes nowhere near the resident's street.
  const pickup = delivery?.kind === "pickup"
  const weighedLine = new Map(order.weighing.lines.map((l) => [l.item_id, l]))
  return (
    <div className="order-details">
      {cancelled && order.status === "canceled" ? (
        <p className="notice notice--ok" role="status">
          {t("order.cancel.done")}
        </p>
      ) : null}
      <p className="muted">
        {t("order.placed_on", { date: formatDateTime(order.created_at, locale) })}
        {/* Medusa keeps a delivered order "pending": where the order rides a round, its delivery below says where it is. */}
        {delivery && order.status !== "canceled" ? null : ` · ${t("order.status_label")}: ${orderStatusLabel(order.status, t)}`}
      </p>
      <section aria-labelledby="order-items-title" className="section">
        <h2 id="order-items-title">{t("order.items_title")}</h2>
        {groups.map((group) => (
          <div key={group.maker.handle || "other"} className={isReleased(group) ? "order-group order-group--released" : "order-group"}>
            <h3>{group.maker.name ? t("cart.maker_group", { maker: group.maker.name }) : t("cart.other_group")}</h3>
            {isReleased(group) ? <p className="order-group__released">{t("order.part_released", { maker: group.maker.name })}</p> : null}
            <ul className="summary-lines">
              {group.items.map((item) => (
                <li key={item.id}>
                  <span>
                    {item.product_title ?? item.title}
                    {item.variant_title && item.variant_title !== "Default variant" ? ` — ${item.variant_title}` : ""}
                    <span className="muted"> · {t("order.quantity", { quantity: item.quantity })}</span>
                    {weighedLine.has(item.id) ? (
                      <span className="muted">
                        {" · "}
                        {weighedLine.get(item.id)!.grams !== null
                          ? t("order.weighed_line", { grams: formatGrams(weighedLine.get(item.id)!.grams!, locale) })
                          : `${t("order.to_weigh_line")} · ${t("order.line_max", { max: money(weighedLine.get(item.id)!.cap / 100) })}`}
                      </span>
                    ) : null}
                  </span>
                  <span>{money(item.total)}</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      {delivery ? <OrderDeliveryBlock delivery={delivery} t={t} locale={locale} /> : null}
      {delivery?.can_cancel ? (
        <ClientMessages locale={locale} part="order">
          <CancelOrderForm orderId={order.id} until={formatDateTime(delivery.cancel_until, locale)} from={from} />
        </ClientMessages>
      ) : null}
      <div className="order-columns">
        {address ? (
          <section aria-labelledby="order-address-title" className="section">
            <h2 id="order-address-title">{t(pickup ? "order.collected_by" : "order.shipping_to")}</h2>
            <address>
              {address.first_name} {address.last_name}
              {pickup ? null : (
                <>
                  <br />
                  {address.address_1}
                  <br />
                  {address.postal_code} {address.city} {address.province ? `(${address.province})` : ""}
                </>
              )}
              {address.phone ? (
                <>
                  <br />
                  {address.phone}
                </>
              ) : null}
            </address>
            {/* A round's method is named in Italian when the order was placed: the delivery block above says it in the reader's language. */}
            {order.shipping_methods?.length && !delivery ? (
              <p>
                {t("order.shipping_method")}: {order.shipping_methods.map((m) => m.name).join(", ")}
              </p>
            ) : null}
          </section>
        ) : null}
        <section aria-labelledby="order-totals-title" className="section">
          <h2 id="order-totals-title">{t("cart.summary_title")}</h2>
          <dl className="totals">
            <Figure label={t("order.subtotal")}>{money((Math.round((order.item_total ?? 0) * 100) - roundUp) / 100)}</Figure>
            {groups.filter(isReleased).map((group) => (
              <Figure key={group.maker.handle} className="totals__released" label={t("order.released_line", { maker: group.maker.name })}>
                −{money((released.get(group.maker.id ?? "") ?? 0) / 100)}
              </Figure>
            ))}
            <Figure label={t(pickup ? "order.delivery.title_pickup" : "order.shipping")}>{money(order.shipping_total)}</Figure>
            <RoundUpTotal cents={roundUp} money={money} t={t} />
            <Figure className="totals__grand" label={t("order.total")}>{money(order.total)}</Figure>
            <Figure className="totals__tax" label={t("order.tax")}>{money(keptTax(goods, released, order.shipping_tax_total) / 100)}</Figure>
          </dl>
          {/* The figures stay as they were ordered; what the resident pays of them is nothing. */}
          {order.status === "canceled" ? <p className="notice notice--ok">{t("order.cancelled_total")}</p> : null}
          <OrderWeighedNotice weighing={order.weighing} currencyCode={order.currency_code} t={t} locale={locale} />
        </section>
      </div>
    </div>
  )
}
