import { Link } from "@/modules/common/link"
import type { ReactNode } from "react"
import { preload } from "react-dom"
import type { HttpTypes } from "@medusajs/types"
import type { ProductRoundLeft } from "@/lib/data/batches"
import type { BrandFields } from "@/lib/data/brand"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { makerOf } from "@/lib/util/makers"
import { formatMoney } from "@/lib/util/money"
import { variantPrice } from "@/lib/util/prices"
import { stockState } from "@/lib/util/stock"
import { weighedLabels, weightPricingOf } from "@/lib/util/weight"
import { BrandMark } from "@/modules/brand/brand-mark"
import { PriceBreakdownBar } from "@/modules/brand/price-breakdown-bar"
import { CategoryLinks } from "@/modules/catalogue/category-links"
import { BatchLeft } from "./batch-left"
import { ProductActions, type PickerOption, type PickerVariant } from "./product-actions"
import { VariantOffer, type WeighedOffer } from "./variant-offer"

type ProductTemplateProps = { product: HttpTypes.StoreProduct; batches?: ProductRoundLeft[] | null; t: Translate; locale: Locale }

type Picker = { options: PickerOption[]; variants: PickerVariant[]; offers: Record<string, ReactNode>; breakdowns: Record<string, ReactNode> }

// Medusa answers a product's variants and option values in no set order (a seed's variants share
// one rank and are created in the same millisecond): the sizes are shown in the maker's rank, then
// cheapest first, so the first radio is the same size on every visit.
function variantsInRank(product: HttpTypes.StoreProduct): HttpTypes.StoreProductVariant[] {
  const price = (v: HttpTypes.StoreProductVariant) => variantPrice(v)?.amount ?? Infinity
  return [...(product.variants ?? [])].sort(
    (a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0) || price(a) - price(b) || (a.title ?? "").localeCompare(b.title ?? "")
  )
}

function valuesInRank(values: string[], ranked: HttpTypes.StoreProductVariant[], optionId: string): string[] {
  const rank = (value: string) => {
    const at = ranked.findIndex((v) => (v.options ?? []).some((o) => (o.option_id ?? o.option?.id) === optionId && o.value === value))
    return at < 0 ? Infinity : at
  }
  return [...values].sort((a, b) => rank(a) - rank(b))
}

/**
 * What the variant picker chooses among. Each variant's price, stock and price breakdown are
 * rendered here on the server; the browser only swaps them when the visitor picks another one.
 */
function pickerData(product: HttpTypes.StoreProduct, weighed: WeighedOffer | null, t: Translate, locale: Locale): Picker {
  const ranked = variantsInRank(product)
  const sizes = (product as BrandFields).brand?.variant_breakdowns ?? {}
  const options: PickerOption[] = (product.options ?? []).map((option) => ({
    id: option.id,
    title: option.title,
    values: valuesInRank((option.values ?? []).map((v) => v.value), ranked, option.id),
  }))
  const offers: Record<string, ReactNode> = {}
  const breakdowns: Record<string, ReactNode> = {}
  const variants: PickerVariant[] = ranked.map((variant) => {
    const price = variantPrice(variant)
    const stock = stockState(variant)
    const breakdown = sizes[variant.id] ?? null
    offers[variant.id] = <VariantOffer price={price ? formatMoney(price.amount, price.currencyCode, locale) : null} stock={stock} weighed={weighed} t={t} />
    breakdowns[variant.id] = breakdown ? (
      <>
        {weighed ? <p className="price__weighed-note">{t("product.weighed.breakdown")}</p> : null}
        <PriceBreakdownBar breakdown={breakdown} t={t} locale={locale} />
      </>
    ) : null
    return { id: variant.id, options: Object.fromEntries((variant.options ?? []).map((o) => [o.option_id ?? o.option?.id ?? "", o.value])), stock }
  })
  return { options, variants, offers, breakdowns }
}

export function ProductTemplate({ product, batches, t, locale }: ProductTemplateProps) {
  const maker = makerOf(product)
  const images = product.images?.length ? product.images : product.thumbnail ? [{ id: "thumb", url: product.thumbnail }] : []
  // The first photo is the page's largest paint: asked for from the <head>, before the body is read.
  if (images[0]) preload(images[0].url, { as: "image", fetchPriority: "high" })
  const pricing = weightPricingOf(product)
  const estimate = variantPrice(product.variants?.[0])
  const weighed = pricing && estimate ? weighedLabels(pricing, estimate.amount, estimate.currencyCode, locale) : null
  const { options, variants, offers, breakdowns } = pickerData(product, weighed, t, locale)
  return (
    <article className="product">
      <div className="product__gallery">
        {images.length ? (
          <ul className="product__images">
            {images.map((image, index) => (
              <li key={image.id}>
                <img
                  src={image.url}
                  alt={t("product.image_alt", { title: product.title, number: index + 1 })}
                  width={800}
                  height={800}
                  loading={index === 0 ? "eager" : "lazy"}
                  fetchPriority={index === 0 ? "high" : "auto"}
                />
              </li>
            ))}
          </ul>
        ) : (
          <p className="product__no-image">{t("product.no_image")}</p>
        )}
      </div>
      <div className="product__info">
        <h1>{product.title}</h1>
        {maker.name ? (
          <p className="product__maker">
            <span className="visually-hidden">{t("product.maker_label")}: </span>
            <Link href={`/artigiani/${encodeURIComponent(maker.handle)}`}>{t("product.by_maker", { maker: maker.name })}</Link>
          </p>
        ) : null}
        {product.subtitle ? <p className="product__subtitle">{product.subtitle}</p> : null}
        {batches?.length ? <BatchLeft rounds={batches} t={t} locale={locale} /> : null}
        <ProductActions options={options} variants={variants} offers={offers} breakdowns={breakdowns}>
          <BrandMark brand={(product as BrandFields).brand} t={t} withCriteria />
        </ProductActions>
        {product.description ? (
          <section className="product__description" aria-labelledby="product-description">
            <h2 id="product-description">{t("product.description_title")}</h2>
            {product.description.split(/\n{2,}/).map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          </section>
        ) : null}
        {product.categories?.length ? (
          <section className="product__categories" aria-labelledby="product-categories">
            <h2 id="product-categories">{t("product.categories_label")}</h2>
            <CategoryLinks categories={product.categories} className="tag-list" />
          </section>
        ) : null}
      </div>
    </article>
  )
}
