import { Link } from "@/modules/common/link"
import { listBookAddresses } from "@/lib/data/addresses"
import { listBaskets, listSavedCards } from "@/lib/data/baskets"
import { retrieveCart } from "@/lib/data/cart"
import { titleMetadata } from "@/lib/i18n/server"
import { residentPage } from "@/lib/pages"
import { formatSlot } from "@/lib/util/dates"
import { addressValues } from "@/lib/util/saved-addresses"
import { withoutRoundUp } from "@/modules/brand/round-up"
import { BasketCard } from "@/modules/account/basket-card"
import { cardOffer, STRIPE_PROVIDER } from "@/modules/checkout/card-offer"
import { MakeBasketForm } from "@/modules/account/make-basket-form"
import { SavedCards } from "@/modules/account/saved-cards"
import { BackLink } from "@/modules/common/back-link"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("basket.title")

type Props = { searchParams: Promise<{ carta_rimossa?: string | string[]; ordini_annullati?: string | string[] }> }

const countOf = (value: string | string[] | undefined) => (typeof value === "string" && /^\d{1,3}$/.test(value) ? Number(value) : null)

/** «Spesa fissa»: the resident's weekly baskets, their saved cards, and making one from the cart they are filling. */
export default residentPage<Props>(async ({ searchParams }, { t, locale }) => {
  // After removing a saved card: how many baskets it paid (now paid on delivery), how many waiting orders were released.
  const { carta_rimossa, ordini_annullati } = await searchParams
  const removed = countOf(carta_rimossa)
  const released = countOf(ordini_annullati)
  const [baskets, cart, savedCards, book] = await Promise.all([listBaskets(), retrieveCart(), listSavedCards(), listBookAddresses()])
  const goods = withoutRoundUp(cart?.items).goods
  const hasDelivery = Boolean(cart?.shipping_address?.postal_code) || Boolean(cart?.shipping_methods?.length)
  // The cart already made into a basket is not offered again (the same products, the same quantities).
  const sameAs = (b: (typeof baskets)[number]) =>
    b.lines.length === goods.length && goods.every((i) => b.lines.some((l) => l.variant_id === i.variant_id && l.quantity === i.quantity))
  const madeFromCart = goods.length ? baskets.findIndex(sameAs) : -1
  const madeNext = madeFromCart >= 0 ? baskets[madeFromCart].next_rounds.find((r) => r.goes) : undefined
  return (
    <>
      <BackLink href="/account">{t("account.back_to_orders")}</BackLink>
      <header className="page-header">
        <h1>{t("basket.title")}</h1>
        <p>{t("basket.intro")}</p>
      </header>
      {removed !== null ? (
        <p className="notice notice--ok" role="status">
          {removed ? t("basket.card_removed_cash", { count: removed }) : t("basket.card_removed")}
          {released ? ` ${t("basket.card_removed_released", { count: released })}` : null}
        </p>
      ) : null}
      {madeFromCart >= 0 ? (
        <p className="notice notice--ok" role="status">
          {t("basket.cart_is_basket", { number: madeFromCart + 1 })}{" "}
          {madeNext ? t("basket.cart_is_basket_next", { slot: formatSlot(madeNext.starts_at, madeNext.ends_at, locale) }) : null}
        </p>
      ) : goods.length ? (
        <section className="section" aria-labelledby="make-basket">
          <h2 id="make-basket">{t("basket.make_title")}</h2>
          <ul>
            {goods.map((item) => (
              <li key={item.id}>
                {item.quantity} × {item.product_title ?? item.title}
              </li>
            ))}
          </ul>
          {/* A street typed in the cart first, else her default saved address (the book lists it first). */}
          <MakeBasketForm needsAddress={!hasDelivery} address={addressValues((cart?.shipping_address?.address_1 ? cart.shipping_address : (book[0] ?? cart?.shipping_address)) ?? {})} book={book} />
        </section>
      ) : baskets.length ? null : (
        <p>
          {t("basket.empty")} <Link href="/">{t("basket.go_shopping")}</Link>
        </p>
      )}
      {baskets.map((basket, i) => (
        <BasketCard
          key={basket.id}
          basket={basket}
          index={i}
          t={t}
          locale={locale}
          // A card form only when the storefront has Stripe's key and the API says the basket's region takes cards.
          cardOffer={cardOffer({ providerIds: basket.can_use_saved_card ? [STRIPE_PROVIDER] : [], publishableKey: process.env.STRIPE_PUBLISHABLE_KEY, scriptUrl: process.env.STRIPE_JS_URL })}
        />
      ))}
      <SavedCards
        cards={savedCards}
        basketNumber={(id) => baskets.findIndex((b) => b.id === id) + 1}
        // A basket with an order waiting for a confirmation with its card: removing the card releases it (the API's rule).
        waitingBasketIds={baskets.filter((b) => b.history.some((h) => h.can_confirm)).map((b) => b.id)}
        t={t}
      />
    </>
  )
}, async () => "/account/spesa-fissa")
