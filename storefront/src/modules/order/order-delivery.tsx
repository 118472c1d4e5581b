import type { OrderDelivery } from "@/lib/data/delivery"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { formatDay, formatSlot, TIME_ZONE } from "@/lib/util/dates"
import { intlLocale } from "@/lib/i18n/translate"

/** Where the order is in its round: scheduled, out for delivery (with ETA), delivered or not (then collected at the hub). */
export function deliveryStatusText(d: OrderDelivery, t: Translate, locale: Locale): string {
  if (d.stop_status === "delivered") return t("order.delivery.delivered")
  if (d.collected_at) return t("order.delivery.collected", { day: formatDay(d.collected_at, locale) })
  if (d.stop_status === "failed") return t(d.kind === "pickup" ? "order.delivery.failed_pickup" : "order.delivery.failed", { note: d.note ?? "" })
  if (d.stop_status === "cancelled") return t("order.delivery.cancelled")
  if (d.round_status !== "in_progress") return t("order.delivery.scheduled")
  if (!d.eta) return t("order.delivery.in_progress")
  const time = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(d.eta))
  return `${t("order.delivery.in_progress")} · ${t("order.delivery.eta", { time })}`
}

/** After a failed delivery, until she has the order: who gets in touch, and the hub it goes back to. */
export function failedNextText(kind: OrderDelivery["kind"], hub: NonNullable<OrderDelivery["hub"]>, t: Translate): string {
  return t(kind === "pickup" ? "order.delivery.failed_next_pickup" : "order.delivery.failed_next", { place: `${hub.name}, ${hub.address_1}` })
}

/** "Consegna a casa: giovedì 10 dicembre, 17:00–20:00" or "Ritiro da Casa Comune, …: …". */
export function deliveryPlaceText(d: OrderDelivery, t: Translate, locale: Locale): string {
  const slot = formatSlot(d.starts_at, d.ends_at, locale)
  return d.kind === "pickup" && d.pickup_point
    ? t("order.delivery.pickup", { place: `${d.pickup_point.name}, ${d.pickup_point.address_1}`, slot })
    : t("order.delivery.home", { slot })
}

export function OrderDeliveryBlock({ delivery, t, locale }: { delivery: OrderDelivery; t: Translate; locale: Locale }) {
  return (
    <section aria-labelledby="order-delivery-title" className="section order-delivery">
      <h2 id="order-delivery-title">{t(delivery.kind === "pickup" ? "order.delivery.title_pickup" : "order.delivery.title")}</h2>
      <p>{deliveryPlaceText(delivery, t, locale)}</p>
      <p className={`delivery-status delivery-status--${delivery.collected_at ? "delivered" : delivery.stop_status}`} role="status">
        {deliveryStatusText(delivery, t, locale)}
      </p>
      {delivery.hub ? <p>{failedNextText(delivery.kind, delivery.hub, t)}</p> : null}
    </section>
  )
}
