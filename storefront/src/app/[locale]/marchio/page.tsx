import { listBrandProductIds, retrieveCharter } from "@/lib/data/brand"
import { listProductsByIds } from "@/lib/data/products"
import { getLocaleT, titleMetadataOf } from "@/lib/i18n/server"
import { BrandTemplate } from "@/modules/brand/brand-template"

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = titleMetadataOf("charter.page.title")

export default async function BrandPage({ params }: Props) {
  const { t, locale } = await getLocaleT(params)
  const [{ charter, makers }, ids] = await Promise.all([retrieveCharter(locale), listBrandProductIds()])
  const products = await listProductsByIds(ids, locale)
  return <BrandTemplate charter={charter} makers={makers} products={products} t={t} locale={locale} />
}
