import { retrieveVendorCatalogue } from "@/lib/data/bottega"
import { titleMetadata } from "@/lib/i18n/server"
import { artisanPage } from "@/lib/pages"
import { BottegaShell } from "@/modules/bottega/bottega-shell"
import { ProductForm } from "@/modules/bottega/product-form"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("bottega.products.new")

export default artisanPage(async (_, { t, session }) => {
  const catalogue = await retrieveVendorCatalogue()
  return (
    <BottegaShell session={session} section="products" title={t("bottega.products.new")} t={t}>
      <p>{t("bottega.product.new_intro")}</p>
      <ProductForm catalogue={catalogue} />
    </BottegaShell>
  )
})
