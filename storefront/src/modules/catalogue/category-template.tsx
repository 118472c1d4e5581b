import type { HttpTypes } from "@medusajs/types"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { BrandFilter } from "@/modules/brand/brand-filter"
import { ProductGrid } from "@/modules/products/product-grid"
import { CategoryLinks } from "./category-links"

type CategoryTemplateProps = {
  category: HttpTypes.StoreProductCategory
  products: HttpTypes.StoreProduct[]
  count: number
  brandOnly?: boolean
  t: Translate
  locale: Locale
}

export function CategoryTemplate({ category, products, count, brandOnly = false, t, locale }: CategoryTemplateProps) {
  const children = category.category_children ?? []
  return (
    <>
      <header className="page-header">
        <h1>{category.name}</h1>
        {category.description ? <p>{category.description}</p> : null}
        <p className="muted">{t("category.count", { count })}</p>
      </header>
      {children.length ? (
        <nav aria-labelledby="subcategories-title" className="section">
          <h2 id="subcategories-title">{t("category.subcategories")}</h2>
          <CategoryLinks categories={children} className="tag-list" />
        </nav>
      ) : null}
      <BrandFilter action={`/categorie/${category.handle}`} checked={brandOnly} t={t} />
      {products.length ? (
        <ProductGrid products={products} t={t} locale={locale} headingLevel="h2" />
      ) : (
        <p>{t("category.empty")}</p>
      )}
    </>
  )
}
