import { requireApprovedVendor, retrieveVendorCatalogue } from "@/lib/data/bottega"
import { getT, titleMetadata } from "@/lib/i18n/server"
import { BottegaShell } from "@/modules/bottega/bottega-shell"
import { ProductForm } from "@/modules/bottega/product-form"

export const dynamic = "force-dynamic"

export const generateMetadata = titleMetadata("bottega.products.new")

export default async function NewProductPage() {
  const { t } = await getT()
  const session = await requireApprovedVendor()
  const catalogue = await retrieveVendorCatalogue()
  return (
    <BottegaShell session={session} section="products" title={t("bottega.products.new")} t={t}>
      <p>{t("bottega.product.new_intro")}</p>
      <ProductForm catalogue={catalogue} />
    </BottegaShell>
  )
}
