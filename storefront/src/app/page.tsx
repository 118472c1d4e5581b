import { listTopCategories } from "@/lib/data/categories"
import { listProducts } from "@/lib/data/products"
import { listVendors } from "@/lib/data/vendors"
import { getT } from "@/lib/i18n/server"
import { HomeTemplate } from "@/modules/home/home-template"

export const dynamic = "force-dynamic"

export default async function HomePage() {
  const { t, locale } = await getT()
  const [{ products }, makers, categories] = await Promise.all([listProducts({ limit: 200 }), listVendors(), listTopCategories()])
  return <HomeTemplate products={products} makers={makers} categories={categories} t={t} locale={locale} />
}
