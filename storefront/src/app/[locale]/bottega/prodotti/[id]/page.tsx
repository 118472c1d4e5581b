import { notFound } from "next/navigation"
import { retrieveVendorCatalogue, retrieveVendorProduct } from "@/lib/data/bottega"
import { titleMetadata } from "@/lib/i18n/server"
import { artisanPage } from "@/lib/pages"
import { ProductEditTemplate, type ProductNotice } from "@/modules/bottega/product-edit-template"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ creato?: string; tolto?: string; ripristinato?: string }> }

export const generateMetadata = titleMetadata("bottega.product.edit_title")

function noticeOf(query: Awaited<Props["searchParams"]>): ProductNotice {
  if (query.creato === "1") return "created"
  if (query.ripristinato === "1") return "restored"
  if (query.tolto) return query.tolto === "ordini" ? "variant_removed_kept" : "variant_removed"
  return null
}

export default artisanPage<Props>(async ({ params, searchParams }, { t, locale, session }) => {
  const [product, catalogue] = await Promise.all([retrieveVendorProduct((await params).id), retrieveVendorCatalogue()])
  if (!product) notFound()
  return <ProductEditTemplate session={session} product={product} catalogue={catalogue} notice={noticeOf(await searchParams)} t={t} locale={locale} />
})
