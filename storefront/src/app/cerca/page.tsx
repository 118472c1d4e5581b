import type { Metadata } from "next"
import { searchProducts } from "@/lib/data/products"
import { getT } from "@/lib/i18n/server"
import { ProductGrid } from "@/modules/products/product-grid"

export const dynamic = "force-dynamic"

type Props = { searchParams: Promise<{ q?: string | string[] }> }

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT()
  return { title: t("search.title") }
}

export default async function SearchPage({ searchParams }: Props) {
  const raw = (await searchParams).q
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 100) ?? ""
  const { t, locale } = await getT()
  const result = q ? await searchProducts(q) : null
  return (
    <>
      <h1>{q ? t("search.results_for", { q }) : t("search.title")}</h1>
      <form action="/cerca" method="get" role="search" className="search-form">
        <div className="field">
          <label htmlFor="search-q">{t("search.label")}</label>
          <input id="search-q" type="search" name="q" defaultValue={q} required maxLength={100} />
        </div>
        <button type="submit" className="button button--primary">
          {t("search.submit")}
        </button>
      </form>
      {!result ? (
        <p>{t("search.prompt")}</p>
      ) : result.products.length ? (
        <>
          <p className="muted" role="status">
            {result.count === 1 ? t("search.count_one") : t("search.count_other", { count: result.count })}
          </p>
          <ProductGrid products={result.products} t={t} locale={locale} headingLevel="h2" />
        </>
      ) : (
        <p role="status">{t("search.empty", { q })}</p>
      )}
    </>
  )
}
