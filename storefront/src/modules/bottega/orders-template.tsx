import type { VendorOrder, VendorOrderList, VendorSession } from "@/lib/data/bottega"
import type { Locale, MessageKey, Translate } from "@/lib/i18n/translate"
import { formatDateTime } from "@/lib/util/dates"
import { formatMoney } from "@/lib/util/money"
import { BottegaShell } from "./bottega-shell"
import { CancelPartForm } from "./cancel-part-form"
import { ReadyForm } from "./ready-form"

type OrdersTemplateProps = { session: VendorSession; open: VendorOrderList; history: VendorOrderList; justDone: string | null; t: Translate; locale: Locale }

/** What the maker just did to a part, read from where the part now stands. */
const DONE_MESSAGES: Partial<Record<VendorOrder["stage"], MessageKey>> = {
  ready: "bottega.orders.marked_ready",
  to_prepare: "bottega.orders.marked_unready",
  cancelled: "bottega.orders.cancelled_part",
}

/** "Ordine n. 12 — Giulia F.": the resident's order number and first name with initial, as on the bag's label. */
export function orderLabel(order: VendorOrder, t: Translate): string {
  return t("bottega.orders.label", { number: order.order_number ?? order.display_id, name: order.customer_name || t("bottega.orders.no_name") })
}

/** Where the part stands once "pronto" can no longer change (the API says when). */
function lockedNote(order: VendorOrder, t: Translate): string | null {
  if (order.status === "canceled") return t("bottega.orders.canceled")
  if (order.delivered) return t("bottega.orders.delivered")
  if (order.handed_over_at) return t("bottega.orders.handed_over")
  return null
}

/** Packing lists: what to prepare for each resident's order, then "Segna come pronto". */
export function OrdersTemplate({ session, open, history, justDone, t, locale }: OrdersTemplateProps) {
  const orders = [...open.orders, ...history.orders]
  const inStage = (stage: VendorOrder["stage"]) => orders.filter((o) => o.stage === stage)
  const more = (list: VendorOrderList, key: "bottega.orders.open_more" | "bottega.orders.history_more") =>
    list.count > list.orders.length ? <p className="muted">{t(key, { shown: list.orders.length, count: list.count })}</p> : null
  const [gone, cancelled] = [inStage("gone"), inStage("cancelled")]
  const list = (items: VendorOrder[], headingId: string, title: string, empty: string) => (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{title}</h2>
      {items.length ? (
        <ul className="packing-lists">
          {items.map((order) => {
            const label = orderLabel(order, t)
            const done = order.id === justDone ? DONE_MESSAGES[order.stage] : undefined
            return (
              <li key={order.id}>
                <article className={`packing-list${order.stage === "ready" ? " packing-list--ready" : ""}`} aria-labelledby={`order-${order.id}`}>
                  <h3 id={`order-${order.id}`}>{label}</h3>
                  <div role="status" className="form-status-region">
                    {done ? <p className="notice notice--ok">{t(done)}</p> : null}
                  </div>
                  {order.delivery_slot ? <p className="packing-list__slot">{t("bottega.orders.slot", { slot: order.delivery_slot })}</p> : null}
                  <p className="muted">{t("bottega.orders.received", { date: formatDateTime(order.created_at, locale) })}</p>
                  <ul className="packing-list__items">
                    {order.items.map((item, i) => (
                      <li key={item.id ?? i}>
                        <span className="packing-list__qty">{t("bottega.orders.quantity", { quantity: item.quantity })}</span> {item.title}
                        {item.variant_title ? <span className="muted"> — {item.variant_title}</span> : null}
                      </li>
                    ))}
                  </ul>
                  <p>{t("bottega.orders.items_total", { total: formatMoney(order.item_total, order.currency_code ?? "eur", locale) })}</p>
                  {order.ready_at && order.stage !== "cancelled" ? (
                    <p className="badge badge--published">{t("bottega.orders.ready_since", { date: formatDateTime(order.ready_at, locale) })}</p>
                  ) : null}
                  {lockedNote(order, t) ? <p className="muted">{lockedNote(order, t)}</p> : null}
                  {order.can_mark_ready || order.can_unready ? <ReadyForm orderId={order.id} label={label} ready={order.can_unready} /> : null}
                  <CancelPartForm orderId={order.id} label={label} canCancel={order.can_cancel} />
                </article>
              </li>
            )
          })}
        </ul>
      ) : (
        <p>{empty}</p>
      )}
    </section>
  )
  return (
    <BottegaShell session={session} section="orders" title={t("bottega.orders.title")} t={t}>
      <p className="muted">{t("bottega.orders.intro")}</p>
      {list(inStage("to_prepare"), "to-prepare", t("bottega.orders.to_prepare_title"), t("bottega.orders.none_to_prepare"))}
      {list(inStage("ready"), "ready", t("bottega.orders.ready_title"), t("bottega.orders.none_ready"))}
      {more(open, "bottega.orders.open_more")}
      {gone.length ? list(gone, "gone", t("bottega.orders.gone_title"), "") : null}
      {cancelled.length ? list(cancelled, "cancelled", t("bottega.orders.cancelled_title"), "") : null}
      {more(history, "bottega.orders.history_more")}
    </BottegaShell>
  )
}
