import { listBrandProductIds, retrieveCharter } from "@/lib/data/brand"
import { listProductCategories, listProductsByIds } from "@/lib/data/products"
import { getLocaleT, titleMetadataOf } from "@/lib/i18n/server"
import { intlLocale } from "@/lib/i18n/translate"
import { BrandTemplate } from "@/modules/brand/brand-template"
import { brandSelection, countByCategory } from "@/modules/brand/only-brand"

type Props = { params: Promise<{ locale: string }> }

// Two rows on a phone, one or two on a wider screen: the rest are in each category's brand view.
const SELECTION = 6

export const generateMetadata = titleMetadataOf("charter.page.title")

export default async function BrandPage({ params }: Props) {
  const { t, locale } = await getLocaleT(params)
  const [{ charter, makers }, ids] = await Promise.all([retrieveCharter(locale), listBrandProductIds()])
  const [products, placed] = await Promise.all([listProductsByIds(ids, locale), listProductCategories(ids, locale)])
  const categories = countByCategory(placed, (a, b) => a.localeCompare(b, intlLocale(locale)))
  return (
    <BrandTemplate
      charter={charter}
      makers={makers}
      selection={brandSelection(products, SELECTION)}
      count={products.length}
      categories={categories}
      t={t}
      locale={locale}
    />
  )
}
