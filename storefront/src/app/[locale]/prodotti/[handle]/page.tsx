import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { retrieveProductBatches } from "@/lib/data/batches"
import { withCriteriaIn } from "@/lib/data/brand"
import { retrieveProductByHandle } from "@/lib/data/products"
import { getLocaleT } from "@/lib/i18n/server"
import { ProductTemplate } from "@/modules/products/product-template"

type Props = { params: Promise<{ locale: string; handle: string }> }

/** Rendered on a product's first visit, then cached until Medusa revalidates `product:<handle>`. */
export function generateStaticParams(): { handle: string }[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { handle } = await params
  const { locale } = await getLocaleT(params)
  const product = await retrieveProductByHandle(handle, locale)
  return product ? { title: product.title, description: product.subtitle ?? undefined } : {}
}

export default async function ProductPage({ params }: Props) {
  const { handle } = await params
  const { t, locale } = await getLocaleT(params)
  const found = await retrieveProductByHandle(handle, locale)
  if (!found) notFound()
  const product = await withCriteriaIn(found, locale)
  const batches = await retrieveProductBatches(product.id)
  return <ProductTemplate product={product} batches={batches} t={t} locale={locale} />
}
