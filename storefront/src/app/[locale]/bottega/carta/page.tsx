import { listVendorProducts, requireApprovedVendor } from "@/lib/data/bottega"
import { listProductClaims, retrieveAdherence } from "@/lib/data/brand"
import { getT, titleMetadata } from "@/lib/i18n/server"
import { CharterTemplate } from "@/modules/bottega/charter-template"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("charter.bottega.title")

export default async function CharterPage() {
  const { t, locale } = await getT()
  const session = await requireApprovedVendor()
  const [adherence, products, claims] = await Promise.all([retrieveAdherence(locale), listVendorProducts(), listProductClaims()])
  return (
    <CharterTemplate session={session} adherence={adherence} products={products.map((p) => ({ id: p.id, title: p.title }))} claims={claims} t={t} locale={locale} />
  )
}
