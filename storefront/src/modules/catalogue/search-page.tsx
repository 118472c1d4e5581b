import type { Metadata } from "next"
import { searchProducts } from "@/lib/data/search"
import { getLocaleT } from "@/lib/i18n/server"
import { searchQuery } from "@/lib/util/search-query"
import { SearchTemplate } from "./search-template"

export type SearchPageProps = { params: Promise<{ locale: string; q?: string }> }

/** `/cerca?q=…`: proxy.ts turns the query into a path segment, so each search is a cached page. */
export async function searchMetadata({ params }: SearchPageProps): Promise<Metadata> {
  const { t } = await getLocaleT(params)
  return { title: t("search.title") }
}

export async function SearchPage({ params }: SearchPageProps) {
  const { q: segment } = await params
  const q = searchQuery(segment ? decodeURIComponent(segment) : "")
  const { t, locale } = await getLocaleT(params)
  const result = q ? await searchProducts(q, locale) : null
  return <SearchTemplate q={q} result={result} t={t} locale={locale} />
}
