import type { SavedCardEntry } from "@/lib/data/baskets"
import type { Translate } from "@/lib/i18n/translate"
import { cardLabel } from "./basket-card"
import { RemoveSavedCardButton } from "./remove-saved-card-button"

/** «Le tue carte salvate»: each card the resident saved for their baskets (never its number), which baskets it pays, and removing it. */
export function SavedCards({ cards, basketNumber, waitingBasketIds, t }: { cards: SavedCardEntry[]; basketNumber: (basketId: string) => number; waitingBasketIds: string[]; t: Translate }) {
  if (!cards.length) return null
  return (
    <section className="section" aria-labelledby="saved-cards">
      <h2 id="saved-cards">{t("basket.cards_title")}</h2>
      <ul className="saved-cards">
        {cards.map((card) => (
          <li key={card.id} data-card={card.id}>
            <strong>{cardLabel(card)}</strong>{" "}
            {card.exp_month && card.exp_year ? t("basket.card_expires", { month: String(card.exp_month).padStart(2, "0"), year: String(card.exp_year) }) : null}
            {" · "}
            {card.basket_ids.length
              ? t("basket.card_pays", { numbers: card.basket_ids.map((id) => `n. ${basketNumber(id)}`).join(", ") })
              : t("basket.card_pays_none")}
            <RemoveSavedCardButton
              paymentMethodId={card.id}
              label={t("basket.card_remove")}
              confirm={[
                card.basket_ids.length ? t("basket.card_remove_confirm_cash") : t("basket.card_remove_confirm"),
                card.basket_ids.some((id) => waitingBasketIds.includes(id)) ? t("basket.card_remove_confirm_waiting") : null,
              ]
                .filter(Boolean)
                .join(" ")}
            />
          </li>
        ))}
      </ul>
    </section>
  )
}
