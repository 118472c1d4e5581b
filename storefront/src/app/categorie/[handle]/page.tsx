import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { listBrandProductIds } from "@/lib/data/brand"
import { retrieveCategoryByHandle } from "@/lib/data/categories"
import { listCategoryProducts } from "@/lib/data/products"
import { getT } from "@/lib/i18n/server"
import { onlyBrandProducts, wantsBrandOnly } from "@/modules/brand/only-brand"
import { CategoryTemplate } from "@/modules/catalogue/category-template"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<{ marchio?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await retrieveCategoryByHandle((await params).handle)
  return category ? { title: category.name } : {}
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { handle } = await params
  const brandOnly = wantsBrandOnly((await searchParams).marchio)
  const { t, locale } = await getT()
  const category = await retrieveCategoryByHandle(handle)
  if (!category) notFound()
  const listed = await listCategoryProducts(category.id)
  const products = brandOnly ? onlyBrandProducts(listed.products, await listBrandProductIds()) : listed.products
  const count = brandOnly ? products.length : listed.count
  return <CategoryTemplate category={category} products={products} count={count} brandOnly={brandOnly} t={t} locale={locale} />
}
