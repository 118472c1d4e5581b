import { Link } from "@/modules/common/link"
import type { HttpTypes } from "@medusajs/types"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { cardOf } from "@/lib/util/makers"
import { formatMoney } from "@/lib/util/money"
import { cheapestPrice } from "@/lib/util/prices"
import { weightPricingOf } from "@/lib/util/weight"
import { BrandMark } from "@/modules/brand/brand-mark"

type ProductCardProps = { product: HttpTypes.StoreProduct; t: Translate; locale: Locale; headingLevel?: "h2" | "h3"; position?: number }

// The first row of a grid is on screen as the page opens (two cards on a phone): its photos load
// at once, the very first ahead of everything else (it is often the page's largest paint).
const FIRST_ROW = 2

export function ProductCard({ product, t, locale, headingLevel: Heading = "h3", position = FIRST_ROW }: ProductCardProps) {
  const { maker, certified } = cardOf(product)
  const price = cheapestPrice(product.variants)
  const formatted = price ? formatMoney(price.amount, price.currencyCode, locale) : null
  const weighed = weightPricingOf(product)
  return (
    <article className="product-card">
      {product.thumbnail ? (
        // The link's text names the product: the thumbnail adds nothing for a screen reader.
        <img
          src={product.thumbnail}
          alt=""
          className="product-card__image"
          loading={position < FIRST_ROW ? "eager" : "lazy"}
          fetchPriority={position === 0 ? "high" : "auto"}
          width={400}
          height={400}
        />
      ) : (
        <div className="product-card__image product-card__image--empty" aria-hidden="true" />
      )}
      <Heading className="product-card__title">
        <Link href={`/prodotti/${product.handle}`} className="product-card__link">
          {product.title}
        </Link>
      </Heading>
      <BrandMark brand={{ certified, criteria: [] }} t={t} />
      {maker.name ? <p className="product-card__maker">{t("product.by_maker", { maker: maker.name })}</p> : null}
      <p className="product-card__price">
        {formatted && weighed
          ? t("product.weighed.card", { price: formatted, per_kg: formatMoney(weighed.pricePerKg, price!.currencyCode, locale) })
          : formatted
            ? price?.varies
              ? t("product.from_price", { price: formatted })
              : formatted
            : t("product.no_price")}
      </p>
    </article>
  )
}
