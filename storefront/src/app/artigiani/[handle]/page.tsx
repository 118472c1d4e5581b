import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { listMakerProducts } from "@/lib/data/products"
import { getT } from "@/lib/i18n/server"
import { makerOf } from "@/lib/util/makers"
import { ProductGrid } from "@/modules/products/product-grid"

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
  const maker = makerOf(products[0])
  return (
    <>
      <header className="page-header">
        <p className="eyebrow">{t("maker.eyebrow")}</p>
        <h1>{maker.name}</h1>
        <p className="muted">
          {products.length === 1 ? t("home.makers_products_one") : t("home.makers_products_other", { count: products.length })}
        </p>
      </header>
      <ProductGrid products={products} t={t} locale={locale} headingLevel="h2" />
    </>
  )
}
