import type { SearchResult } from "@/lib/data/search"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { ProductGrid } from "@/modules/products/product-grid"
import { SearchBox } from "./search-box"

type SearchTemplateProps = { q: string; result: SearchResult | null; t: Translate; locale: Locale }

export function SearchTemplate({ q, result, t, locale }: SearchTemplateProps) {
  return (
    <>
      <h1>{q ? t("search.results_for", { q }) : t("search.title")}</h1>
      <form action="/cerca" method="get" role="search" className="search-form">
        <div className="field">
          <SearchBox key={q} defaultValue={q} />
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
            {t("search.count", { count: result.count })}
            {result.corrected ? <> · {t("search.corrected", { corrected: result.corrected })}</> : null}
          </p>
          <ProductGrid products={result.products} t={t} locale={locale} headingLevel="h2" />
        </>
      ) : (
        <p role="status">{t("search.empty", { q })}</p>
      )}
    </>
  )
}
