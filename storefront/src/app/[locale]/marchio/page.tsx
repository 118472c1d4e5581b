import type { Metadata } from "next"
import { listBrandProductIds, retrieveCharter } from "@/lib/data/brand"
import { listProductsByIds } from "@/lib/data/products"
import { getLocaleT } from "@/lib/i18n/server"
import { BrandTemplate } from "@/modules/brand/brand-template"

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getLocaleT(params)
  return { title: t("charter.page.title") }
}

export default async function BrandPage({ params }: Props) {
  const { t, locale } = await getLocaleT(params)
  const [{ charter, makers }, ids] = await Promise.all([retrieveCharter(locale), listBrandProductIds()])
  const products = await listProductsByIds(ids, locale)
  return <BrandTemplate charter={charter} makers={makers} products={products} t={t} locale={locale} />
}
