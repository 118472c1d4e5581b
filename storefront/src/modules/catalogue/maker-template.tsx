import type { HttpTypes } from "@medusajs/types"
import type { Locale, Translate } from "@/lib/i18n/translate"
import type { Maker } from "@/lib/util/makers"
import { ProductGrid } from "@/modules/products/product-grid"

type MakerTemplateProps = { maker: Maker; products: HttpTypes.StoreProduct[]; t: Translate; locale: Locale }

export function MakerTemplate({ maker, products, t, locale }: MakerTemplateProps) {
  return (
    <>
      <header className="page-header">
        <p className="eyebrow">{t("maker.eyebrow")}</p>
        <h1>{maker.name}</h1>
        <p className="muted">
          {products.length === 1 ? t("home.makers_products_one") : t("home.makers_products_other", { count: products.length })}
        </p>
      </header>
      <ProductGrid products={products} t={t} locale={locale} headingLevel="h2" />
    </>
  )
}
