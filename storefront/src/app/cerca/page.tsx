import type { Metadata } from "next"
import { searchProducts } from "@/lib/data/products"
import { getT } from "@/lib/i18n/server"
import { SearchTemplate } from "@/modules/catalogue/search-template"

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
  return <SearchTemplate q={q} result={result} t={t} locale={locale} />
}
