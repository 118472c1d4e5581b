import type { BasketPendingOrder } from "@/lib/data/baskets"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { formatDateTime, formatSlot } from "@/lib/util/dates"
import { formatMoney } from "@/lib/util/money"
import { BasketButton } from "./basket-button"

/**
 * «Il prossimo ordine»: what the basket becomes in the next round it goes into — its lines, their makers, the
 * estimated total at today's prices and when it is placed; skipping is offered while the API allows it.
 */
export function BasketPendingOrder({ basketId, pending, t, locale }: { basketId: string; pending: BasketPendingOrder; t: Translate; locale: Locale }) {
  const money = (cents: number) => formatMoney(cents / 100, pending.currency_code ?? "eur", locale)
  const slot = formatSlot(pending.round.starts_at, pending.round.ends_at, locale)
  return (
    <section className="basket-pending" aria-labelledby={`pending-${basketId}`} data-pending-round={pending.round.id}>
      <h3 id={`pending-${basketId}`}>{t("basket.pending_title", { slot })}</h3>
      <p>
        {pending.can_edit ? t("basket.pending_places_at", { when: formatDateTime(pending.places_at, locale) }) : t("basket.pending_placing")}
      </p>
      <ul className="basket-pending__lines">
        {pending.lines.map((l) => (
          <li key={l.variant_id}>
            {l.quantity} × {l.product_title ?? l.title}
            {l.maker ? <span className="muted"> · {l.maker}</span> : null}
            {" · "}
            {l.subtotal === null ? t("basket.pending_line_gone") : `${l.weighed ? t("basket.pending_about") : ""}${money(l.subtotal)}`}
          </li>
        ))}
      </ul>
      {pending.makers.length > 1 ? (
        <p className="muted">{t("basket.pending_makers", { makers: pending.makers.map((m) => `${m.name} ${money(m.subtotal)}`).join(" · ") })}</p>
      ) : null}
      {pending.delivery_fee ? <p>{t("basket.pending_delivery_fee", { amount: money(pending.delivery_fee) })}</p> : null}
      <p>
        <strong>{t("basket.pending_total", { amount: money(pending.estimated_total) })}</strong>
        {pending.estimate_only ? <span className="field__hint"> {t("basket.pending_weighed")}</span> : null}
      </p>
      {pending.can_skip ? <BasketButton basketId={basketId} act="skip" roundId={pending.round.id} label={t("basket.skip")} variant="secondary" /> : null}
    </section>
  )
}
