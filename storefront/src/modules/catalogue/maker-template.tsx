import type { HttpTypes } from "@medusajs/types"
import type { StoreVendorDetail } from "@/lib/data/vendors"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { formatDate } from "@/lib/util/dates"
import { closureOn, osmLink } from "@/lib/util/makers"
import { ProductGrid } from "@/modules/products/product-grid"

type MakerTemplateProps = { maker: StoreVendorDetail; products: HttpTypes.StoreProduct[]; t: Translate; locale: Locale }

export function MakerTemplate({ maker, products, t, locale }: MakerTemplateProps) {
  const closure = closureOn(maker)
  const mapUrl = osmLink(maker.lat, maker.lng)
  const address = [maker.address_1, [maker.postal_code, maker.city].filter(Boolean).join(" ")].filter(Boolean)
  return (
    <>
      <header className="page-header maker-header">
        {maker.logo_url ? <img src={maker.logo_url} alt={t("maker.logo_alt", { name: maker.name })} className="maker-header__logo" width={96} height={96} /> : null}
        <div>
          <p className="eyebrow">{maker.craft || t("maker.eyebrow")}</p>
          <h1>{maker.name}</h1>
        </div>
      </header>

      {closure ? (
        <div className="notice notice--warning" role="note">
          <p className="notice__title">{t("maker.closed_until", { date: formatDate(closure.until, locale) })}</p>
          {closure.note ? <p>{closure.note}</p> : null}
        </div>
      ) : null}

      <div className="maker-columns">
        {maker.story ? (
          <section aria-labelledby="maker-story" className="section">
            <h2 id="maker-story">{t("maker.story_title")}</h2>
            {maker.story.split(/\n{2,}/).map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          </section>
        ) : null}
        <section aria-labelledby="maker-where" className="section">
          <h2 id="maker-where">{t("maker.where_title")}</h2>
          {address.length ? (
            <address>
              {address.map((line) => (
                <span key={line} className="address-line">
                  {line}
                </span>
              ))}
            </address>
          ) : (
            <p>{t("maker.no_address")}</p>
          )}
          {mapUrl ? (
            <p>
              <a href={mapUrl} rel="noopener noreferrer" target="_blank">
                {t("maker.map_link")} <span className="visually-hidden">{t("maker.map_link_hint")}</span>
              </a>
            </p>
          ) : null}
        </section>
      </div>

      <section aria-labelledby="maker-products" className="section">
        <h2 id="maker-products">{t("maker.products_title")}</h2>
        {products.length ? (
          <ProductGrid products={products} t={t} locale={locale} headingLevel="h3" />
        ) : (
          <p>{t("maker.products_empty")}</p>
        )}
      </section>
    </>
  )
}
