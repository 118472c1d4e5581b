import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { requireApprovedVendor, retrieveVendorProduct } from "@/lib/data/bottega"
import { getT } from "@/lib/i18n/server"
import { ProductEditTemplate } from "@/modules/bottega/product-edit-template"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ creato?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT()
  return { title: t("bottega.product.edit_title") }
}

export default async function VendorProductPage({ params, searchParams }: Props) {
  const { t, locale } = await getT()
  const session = await requireApprovedVendor()
  const product = await retrieveVendorProduct((await params).id)
  if (!product) notFound()
  return <ProductEditTemplate session={session} product={product} created={(await searchParams).creato === "1"} t={t} locale={locale} />
}
