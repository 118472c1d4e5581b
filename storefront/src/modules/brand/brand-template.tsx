import { Link } from "@/modules/common/link"
import type { HttpTypes } from "@medusajs/types"
import type { Charter, CertifiedMaker } from "@/lib/data/brand"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { formatDate } from "@/lib/util/dates"
import { Section } from "@/modules/common/section"
import { ProductGrid } from "@/modules/products/product-grid"
import type { CategoryCount } from "./only-brand"

type BrandTemplateProps = {
  charter: Charter | null
  makers: CertifiedMaker[]
  /** a few of the brand's products; `count` of them in all, in `categories` */
  selection: HttpTypes.StoreProduct[]
  count: number
  categories: CategoryCount[]
  t: Translate
  locale: Locale
}

export function BrandTemplate({ charter, makers, selection, count, categories, t, locale }: BrandTemplateProps) {
  return (
    <>
      <header className="page-header">
        <h1>{t("charter.page.title")}</h1>
        <p>{t("charter.page.intro")}</p>
        <p>
          {t("charter.page.recognise")}{" "}
          <span>
            <span aria-hidden="true">✿ </span>
            {t("charter.mark.short")}
          </span>
        </p>
        {charter ? <p className="muted">{t("charter.page.version", { version: charter.version, date: formatDate(charter.published_at, locale) })}</p> : null}
      </header>
      <Section id="charter-criteria" title={t("charter.page.criteria")} empty={charter ? null : t("charter.page.no_charter")}>
        <ol className="charter-criteria">
          {charter?.criteria.map((c) => (
            <li key={c.key}>
              <strong>{c.title}</strong>
              {c.description ? <> — {c.description}</> : null}
            </li>
          ))}
        </ol>
      </Section>
      <Section id="charter-makers" title={t("charter.page.makers")} empty={makers.length ? null : t("charter.page.no_makers")}>
        <ul className="charter-makers">
          {makers.map((m) => (
            <li key={m.id}>
              <Link href={`/artigiani/${encodeURIComponent(m.handle)}`}>{m.name}</Link> ({m.craft}) —{" "}
              <span className="muted">{t("charter.page.certified_until", { date: formatDate(m.certified_until, locale) })}</span>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="charter-products" title={t("charter.page.products")} empty={count ? null : t("charter.page.no_products")}>
        <ProductGrid products={selection} t={t} locale={locale} headingLevel="h3" />
        <p id="charter-categories">{t("charter.page.by_category", { count })}</p>
        <ul className="tag-list" aria-labelledby="charter-categories">
          {categories.map((c) => (
            <li key={c.handle}>
              <Link href={`/categorie/${encodeURIComponent(c.handle)}?marchio=1`}>{t("charter.page.category", { name: c.name, count: c.count })}</Link>
            </li>
          ))}
        </ul>
      </Section>
    </>
  )
}
