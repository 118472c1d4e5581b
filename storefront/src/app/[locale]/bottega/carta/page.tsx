import { listVendorProducts } from "@/lib/data/bottega"
import { listProductClaims, retrieveAdherence } from "@/lib/data/brand"
import { titleMetadata } from "@/lib/i18n/server"
import { artisanPage } from "@/lib/pages"
import { CharterTemplate } from "@/modules/bottega/charter-template"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("charter.bottega.title")

export default artisanPage(async (_, { t, locale, session }) => {
  const [adherence, products, claims] = await Promise.all([retrieveAdherence(locale), listVendorProducts(), listProductClaims()])
  return (
    <CharterTemplate session={session} adherence={adherence} products={products.map((p) => ({ id: p.id, title: p.title }))} claims={claims} t={t} locale={locale} />
  )
})
