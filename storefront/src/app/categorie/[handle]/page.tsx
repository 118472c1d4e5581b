import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { retrieveCategoryByHandle } from "@/lib/data/categories"
import { listCategoryProducts } from "@/lib/data/products"
import { getT } from "@/lib/i18n/server"
import { CategoryTemplate } from "@/modules/catalogue/category-template"

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
  return <CategoryTemplate category={category} products={products} count={count} t={t} locale={locale} />
}
