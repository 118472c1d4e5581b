import { listVendorProducts } from "@/lib/data/bottega"
import { titleMetadata } from "@/lib/i18n/server"
import { artisanPage } from "@/lib/pages"
import { ProductsTemplate } from "@/modules/bottega/products-template"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("bottega.products.title")

type Props = { searchParams: Promise<{ eliminato?: string; archiviato?: string }> }

export default artisanPage<Props>(async ({ searchParams }, { t, locale, session }) => {
  const [products, archived] = await Promise.all([listVendorProducts(), listVendorProducts({ archived: true })])
  const query = await searchParams
  const notice = query.eliminato === "1" ? "deleted" : query.archiviato === "1" ? "archived" : null
  return <ProductsTemplate session={session} products={products} archived={archived} notice={notice} t={t} locale={locale} />
})
