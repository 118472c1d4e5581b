import { Link } from "@/modules/common/link"
import type { HttpTypes } from "@medusajs/types"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { groupByMaker } from "@/lib/util/makers"
import { sameOriginImage } from "@/lib/util/media"
import { formatMoney } from "@/lib/util/money"
import { withoutRoundUp } from "@/modules/brand/round-up"
import { weightPricingOf } from "@/lib/util/weight"
import { ButtonLink } from "@/modules/common/button-link"
import { WeighedNotice } from "./weighed-notice"
import { CartTotals } from "./cart-totals"
import { EmptyCart } from "./empty-cart"
import { LineItemForms } from "./line-item-forms"

type CartTemplateProps = { cart: HttpTypes.StoreCart | null; t: Translate; locale: Locale }

export function CartTemplate({ cart, t, locale }: CartTemplateProps) {
  const { goods, roundUp } = withoutRoundUp(cart?.items)
  const items = [...goods].sort((a, b) => String(a.created_at ?? "").localeCompare(String(b.created_at ?? "")))
  if (!cart || !items.length) return <EmptyCart t={t} title="cart.title" message="cart.empty" />
  const groups = groupByMaker(items, (item) => item.product)
  const money = (amount: number | null | undefined) => formatMoney(amount ?? 0, cart.currency_code, locale)
  return (
    <>
      <h1>{t("cart.title")}</h1>
      <div className="cart-layout">
        <div className="cart-groups">
          {groups.map((group) => (
            <section key={group.maker.handle || "other"} className="cart-group" aria-labelledby={`group-${group.maker.handle || "other"}`}>
              <h2 id={`group-${group.maker.handle || "other"}`}>
                {group.maker.name ? t("cart.maker_group", { maker: group.maker.name }) : t("cart.other_group")}
              </h2>
              <ul className="cart-lines">
                {group.items.map((item) => {
                  const title = item.product_title ?? item.title
                  return (
                    <li key={item.id} className="cart-line">
                      {item.thumbnail ? (
                        <img
                          src={sameOriginImage(item.thumbnail)}
                          alt=""
                          className="cart-line__image"
                          width={96}
                          height={96}
                          fetchPriority={item.id === groups[0].items[0].id ? "high" : undefined}
                        />
                      ) : null}
                      <div className="cart-line__body">
                        <h3 className="cart-line__title">
                          {item.product_handle ? <Link href={`/prodotti/${item.product_handle}`}>{title}</Link> : title}
                        </h3>
                        {item.variant_title && item.variant_title !== "Default variant" ? (
                          <p className="muted">{item.variant_title}</p>
                        ) : null}
                        <p className="cart-line__unit">
                          {t("cart.unit_price")}: {weightPricingOf(item.product) ? t("product.weighed.about", { price: money(item.unit_price) }) : money(item.unit_price)}
                        </p>
                        <LineItemForms lineId={item.id} title={title} quantity={item.quantity} />
                      </div>
                      <p className="cart-line__total">
                        <span className="visually-hidden">{t("cart.line_total")}: </span>
                        {money(item.total)}
                      </p>
                    </li>
                  )
                })}
              </ul>
            </section>
          ))}
        </div>
        <aside className="cart-summary" aria-labelledby="cart-summary-title">
          <h2 id="cart-summary-title">{t("cart.summary_title")}</h2>
          <CartTotals totals={cart} roundUp={roundUp} t={t} locale={locale} />
          <WeighedNotice lines={cart.items} total={cart.total ?? 0} currencyCode={cart.currency_code} t={t} locale={locale} />
          <ButtonLink href="/checkout" variant="primary" size="block">{t("cart.checkout")}</ButtonLink>
          <ButtonLink href="/account/spesa-fissa" variant="link">{t("basket.from_cart")}</ButtonLink>
          <ButtonLink href="/" variant="link">{t("cart.continue")}</ButtonLink>
        </aside>
      </div>
    </>
  )
}
