import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { listMakerProducts } from "@/lib/data/products"
import { getT } from "@/lib/i18n/server"
import { makerOf } from "@/lib/util/makers"
import { MakerTemplate } from "@/modules/catalogue/maker-template"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [first] = await listMakerProducts(decodeURIComponent((await params).handle))
  return first ? { title: makerOf(first).name } : {}
}

export default async function MakerPage({ params }: Props) {
  const handle = decodeURIComponent((await params).handle)
  const { t, locale } = await getT()
  const products = await listMakerProducts(handle)
  if (!products.length) notFound()
  return <MakerTemplate maker={makerOf(products[0])} products={products} t={t} locale={locale} />
}
