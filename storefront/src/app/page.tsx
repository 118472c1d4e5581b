import { listTopCategories } from "@/lib/data/categories"
import { listProducts } from "@/lib/data/products"
import { getT } from "@/lib/i18n/server"
import { HomeTemplate } from "@/modules/home/home-template"

export const dynamic = "force-dynamic"

export default async function HomePage() {
  const { t, locale } = await getT()
  const [{ products }, categories] = await Promise.all([listProducts({ limit: 200 }), listTopCategories()])
  return <HomeTemplate products={products} categories={categories} t={t} locale={locale} />
}
