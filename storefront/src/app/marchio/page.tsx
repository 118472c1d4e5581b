import type { Metadata } from "next"
import { listBrandProductIds, retrieveCharter } from "@/lib/data/brand"
import { listProductsByIds } from "@/lib/data/products"
import { getT } from "@/lib/i18n/server"
import { BrandTemplate } from "@/modules/brand/brand-template"

export const dynamic = "force-dynamic"

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT()
  return { title: t("charter.page.title") }
}

export default async function BrandPage() {
  const { t, locale } = await getT()
  const [{ charter, makers }, ids] = await Promise.all([retrieveCharter(), listBrandProductIds()])
  const products = await listProductsByIds(ids)
  return <BrandTemplate charter={charter} makers={makers} products={products} t={t} locale={locale} />
}
