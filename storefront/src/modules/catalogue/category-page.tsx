import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { listBrandProductIds } from "@/lib/data/brand"
import { retrieveCategoryByHandle } from "@/lib/data/categories"
import { listCategoryProducts } from "@/lib/data/products"
import { getLocaleT } from "@/lib/i18n/server"
import { isLocale } from "@/lib/i18n/translate"
import { onlyBrandProducts } from "@/modules/brand/only-brand"
import { CategoryTemplate } from "./category-template"

export type CategoryPageProps = { params: Promise<{ locale: string; handle: string }> }

/**
 * A category's page, all products or only the brand's (`?marchio=1`, which proxy.ts turns into
 * the `/marchio` sub-path so that both views are cached pages).
 */
export async function categoryMetadata({ params }: CategoryPageProps): Promise<Metadata> {
  const { handle, locale } = await params
  const category = isLocale(locale) ? await retrieveCategoryByHandle(handle, locale) : null
  return category ? { title: category.name } : {}
}

export async function CategoryPage({ params, brandOnly }: CategoryPageProps & { brandOnly: boolean }) {
  const { handle } = await params
  const { t, locale } = await getLocaleT(params)
  const category = await retrieveCategoryByHandle(handle, locale)
  if (!category) notFound()
  const listed = await listCategoryProducts(category.id, locale)
  const products = brandOnly ? onlyBrandProducts(listed.products, await listBrandProductIds()) : listed.products
  const count = brandOnly ? products.length : listed.count
  return <CategoryTemplate category={category} products={products} count={count} brandOnly={brandOnly} t={t} locale={locale} />
}
