import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { retrieveCategoryByHandle } from "@/lib/data/categories"
import { listCategoryProducts } from "@/lib/data/products"
import { getT } from "@/lib/i18n/server"
import { ProductGrid } from "@/modules/products/product-grid"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await retrieveCategoryByHandle((await params).handle)
  return category ? { title: category.name } : {}
}

export default async function CategoryPage({ params }: Props) {
  const { handle } = await params
  const { t, locale } = await getT()
  const category = await retrieveCategoryByHandle(handle)
  if (!category) notFound()
  const { products, count } = await listCategoryProducts(category.id)
  const children = category.category_children ?? []
  return (
    <>
      <header className="page-header">
        <h1>{category.name}</h1>
        {category.description ? <p>{category.description}</p> : null}
        <p className="muted">{count === 1 ? t("category.count_one") : t("category.count_other", { count })}</p>
      </header>
      {children.length ? (
        <nav aria-labelledby="subcategories-title" className="section">
          <h2 id="subcategories-title">{t("category.subcategories")}</h2>
          <ul className="tag-list">
            {children.map((child) => (
              <li key={child.id}>
                <Link href={`/categorie/${child.handle}`}>{child.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {products.length ? (
        <ProductGrid products={products} t={t} locale={locale} headingLevel="h2" />
      ) : (
        <p>{t("category.empty")}</p>
      )}
    </>
  )
}
