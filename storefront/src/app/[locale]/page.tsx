import { listTopCategories } from "@/lib/data/categories"
import { listProducts } from "@/lib/data/products"
import { listVendors } from "@/lib/data/vendors"
import { getLocaleT } from "@/lib/i18n/server"
import { HomeTemplate } from "@/modules/home/home-template"

type Props = { params: Promise<{ locale: string }> }

export default async function HomePage({ params }: Props) {
  const { t, locale } = await getLocaleT(params)
  const [{ products }, makers, categories] = await Promise.all([listProducts(locale, { limit: 200 }), listVendors(locale), listTopCategories(locale)])
  return <HomeTemplate products={products} makers={makers} categories={categories} t={t} locale={locale} />
}
