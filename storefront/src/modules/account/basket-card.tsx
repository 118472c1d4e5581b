import { Link } from "@/modules/common/link"
import type { Basket, SavedCard } from "@/lib/data/baskets"
import type { CardOffer } from "@/modules/checkout/card-offer"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { formatDateTime, formatSlot } from "@/lib/util/dates"
import { formatMoney } from "@/lib/util/money"
import { BasketButton } from "./basket-button"
import { BasketCardForm } from "./basket-card-form"
import { BasketCadenceForm } from "./basket-cadence-form"
import { BasketLinesForm } from "./basket-lines-form"
import { LeftOut } from "./basket-left-out"
import { BasketPendingOrder } from "./basket-pending-order"

export const cardLabel = (card: SavedCard | null) => (card?.last4 ? `${(card.brand ?? "").toUpperCase()} •••• ${card.last4}`.trim() : "")

/** One weekly basket: where it goes, how it pays (on delivery or a saved card), its pending order and the next rounds it goes into (skip one), its products, its history. */
export function BasketCard({ basket, index, t, locale, cardOffer }: { basket: Basket; index: number; t: Translate; locale: Locale; cardOffer: CardOffer }) {
  const headingId = `basket-${basket.id}`
  const next = basket.next_rounds.find((r) => r.goes)
  const where =
    basket.delivery === "home" && basket.address
      ? t("basket.delivery_home", { address: [basket.address.address_1, basket.address.postal_code, basket.address.city].filter(Boolean).join(", ") })
      : t("basket.delivery_pickup")
  const paused = basket.status === "paused"
  return (
    <section className="section basket" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("basket.card_title", { number: index + 1 })}</h2>
      <p>
        <strong>{paused ? t("basket.paused") : t(`basket.cadences.${basket.cadence}`)}</strong> · {where} ·{" "}
        {basket.payment === "saved_card" ? t("basket.payment_card", { card: cardLabel(basket.card) }) : t("basket.payment_cash")}
      </p>
      {paused ? (
        <p className="notice notice--warning">{t("basket.paused_notice")}</p>
      ) : basket.pending_order ? (
        <BasketPendingOrder basketId={basket.id} pending={basket.pending_order} t={t} locale={locale} />
      ) : next ? (
        <p className="notice notice--ok">{t("basket.next_round", { slot: formatSlot(next.starts_at, next.ends_at, locale) })}</p>
      ) : basket.next_rounds.length ? (
        <p>{t("basket.no_next_round")}</p>
      ) : null}
      {/* One button that turns into its opposite: its outcome stays on screen after the page refreshes. */}
      {basket.can_pause || basket.can_resume ? (
        <BasketButton
          key="pause-resume"
          basketId={basket.id}
          act={basket.can_pause ? "pause" : "resume"}
          label={basket.can_pause ? t("basket.pause") : t("basket.resume")}
          variant={basket.can_pause ? "secondary" : "primary"}
        />
      ) : null}

      <h3>{t("basket.rounds_title")}</h3>
      {basket.next_rounds.length ? (
        <ul className="basket-rounds">
          {basket.next_rounds.map((r) => (
            <li key={r.id}>
              <span>{formatSlot(r.starts_at, r.ends_at, locale)}</span>{" "}
              <span className="muted">
                {r.skipped ? t("basket.round_skipped") : r.goes ? t("basket.round_goes") : r.due ? t("basket.round_paused") : t("basket.round_not_due")}
              </span>
              {r.can_skip || r.can_unskip ? <span className="field__hint"> {t("basket.editable_until", { when: formatDateTime(r.editable_until, locale) })}</span> : null}
              {r.can_skip || r.can_unskip ? (
                <BasketButton
                  basketId={basket.id}
                  act={r.can_unskip ? "unskip" : "skip"}
                  roundId={r.id}
                  label={r.can_unskip ? t("basket.unskip") : t("basket.skip")}
                  variant="link"
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("basket.no_rounds")}</p>
      )}

      <h3>{t("basket.payment_title")}</h3>
      <p>{basket.payment === "saved_card" ? t("basket.payment_now_card", { card: cardLabel(basket.card) }) : t("basket.payment_now_cash")}</p>
      {cardOffer.available ? (
        <BasketCardForm basketId={basket.id} publishableKey={cardOffer.publishableKey} scriptUrl={cardOffer.scriptUrl} hasCard={basket.payment === "saved_card"} />
      ) : null}
      {basket.payment === "saved_card" ? <BasketButton basketId={basket.id} act="pay_on_delivery" label={t("basket.card_back_to_cash")} variant="link" /> : null}

      <h3>{t("basket.lines_title")}</h3>
      <BasketLinesForm basketId={basket.id} lines={basket.lines} />

      <details className="basket__more">
        <summary>{t("basket.change_cadence")}</summary>
        <BasketCadenceForm basketId={basket.id} cadence={basket.cadence} />
      </details>

      <h3>{t("basket.history_title")}</h3>
      {basket.history.length ? (
        <ul className="basket-history">
          {basket.history.map((h) => (
            <li key={h.round_id}>
              <p>
                {h.round ? formatSlot(h.round.starts_at, h.round.ends_at, locale) : null}{" "}
                {h.order ? (
                  <Link href={`/account/ordini/${h.order.id}`}>
                    {t("account.order_row", { display_id: h.order.display_id })} · {formatMoney(h.order.total, h.order.currency_code, locale)}
                  </Link>
                ) : h.status === "awaiting_confirmation" ? (
                  <span>
                    {t("basket.awaiting_confirmation")}
                    {h.can_confirm ? (
                      <>
                        {" · "}
                        <Link href={`/account/spesa-fissa/conferma/${h.placement_id}`}>{t("basket.confirm_link")}</Link>
                      </>
                    ) : null}
                  </span>
                ) : (
                  <span>{t("basket.nothing_placed")}</span>
                )}
              </p>
              <LeftOut lines={h.left_out} t={t} className="muted" />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("basket.no_history")}</p>
      )}
      <details className="basket__more">
        <summary>{t("basket.delete")}</summary>
        <p>{t("basket.delete_confirm")}</p>
        <BasketButton basketId={basket.id} act="delete" label={t("basket.delete_yes")} />
      </details>
    </section>
  )
}
