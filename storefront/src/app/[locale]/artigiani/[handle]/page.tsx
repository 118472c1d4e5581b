import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { listProductsByIds } from "@/lib/data/products"
import { retrieveVendorByHandle } from "@/lib/data/vendors"
import { getLocaleT } from "@/lib/i18n/server"
import { MakerTemplate } from "@/modules/catalogue/maker-template"

type Props = { params: Promise<{ locale: string; handle: string }> }

/** Rendered on a maker's first visit, then cached until Medusa revalidates `vendor:<handle>` or `products`. */
export function generateStaticParams(): { handle: string }[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await getLocaleT(params)
  const maker = await retrieveVendorByHandle(decodeURIComponent((await params).handle), locale)
  return maker ? { title: maker.name, description: maker.craft ?? undefined } : {}
}

export default async function MakerPage({ params }: Props) {
  const handle = decodeURIComponent((await params).handle)
  const { t, locale } = await getLocaleT(params)
  const maker = await retrieveVendorByHandle(handle, locale)
  if (!maker) notFound()
  const products = await listProductsByIds(maker.product_ids, locale)
  return <MakerTemplate maker={maker} products={products} t={t} locale={locale} />
}
