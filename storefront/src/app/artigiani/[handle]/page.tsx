import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { listProductsByIds } from "@/lib/data/products"
import { retrieveVendorByHandle } from "@/lib/data/vendors"
import { getT } from "@/lib/i18n/server"
import { MakerTemplate } from "@/modules/catalogue/maker-template"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const maker = await retrieveVendorByHandle(decodeURIComponent((await params).handle))
  return maker ? { title: maker.name, description: maker.craft ?? undefined } : {}
}

export default async function MakerPage({ params }: Props) {
  const handle = decodeURIComponent((await params).handle)
  const { t, locale } = await getT()
  const maker = await retrieveVendorByHandle(handle)
  if (!maker) notFound()
  const products = await listProductsByIds(maker.product_ids)
  return <MakerTemplate maker={maker} products={products} t={t} locale={locale} />
}
