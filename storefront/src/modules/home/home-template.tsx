import { Link } from "@/modules/common/link"
import type { HttpTypes } from "@medusajs/types"
import type { Locale, Translate } from "@/lib/i18n/translate"
import type { StoreVendor } from "@/lib/util/makers"
import { CategoryLinks } from "@/modules/catalogue/category-links"
import { MakerList } from "@/modules/catalogue/maker-list"
import { ProductGrid } from "@/modules/products/product-grid"

type HomeTemplateProps = {
  products: HttpTypes.StoreProduct[]
  makers: StoreVendor[]
  categories: HttpTypes.StoreProductCategory[]
  t: Translate
  locale: Locale
}

export function HomeTemplate({ products, makers, categories, t, locale }: HomeTemplateProps) {
  const featured = products.filter((p) => p.metadata?.featured === true)
  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t("brand.name")}</h1>
        <p>{t("home.hero_1")}</p>
        <p>{t("home.hero_2")}</p>
      </section>

      <section aria-labelledby="featured-title" className="section">
        <h2 id="featured-title">{t("home.featured_title")}</h2>
        {featured.length ? <ProductGrid products={featured} t={t} locale={locale} /> : <p>{t("home.featured_empty")}</p>}
      </section>

      <section aria-labelledby="makers-title" className="section">
        <h2 id="makers-title">{t("home.makers_title")}</h2>
        {makers.length ? (
          <>
            <MakerList makers={makers} t={t} />
            <p>
              <Link href="/artigiani">{t("home.makers_all")}</Link>
            </p>
          </>
        ) : (
          <p>{t("home.makers_empty")}</p>
        )}
      </section>

      {categories.length ? (
        <section aria-labelledby="categories-title" className="section">
          <h2 id="categories-title">{t("home.categories_title")}</h2>
          <CategoryLinks categories={categories} className="category-list" linkClassName="category-tile" />
        </section>
      ) : null}
    </>
  )
}
