import { Link } from "@/modules/common/link"
import type { ProductBrand } from "@/lib/data/brand"
import type { Translate } from "@/lib/i18n/translate"

/** The brand mark: only on products of certified workshops that claim at least one criterion. */
export function BrandMark({ brand, t, withCriteria = false }: { brand?: ProductBrand | null; t: Translate; withCriteria?: boolean }) {
  if (!brand?.certified) return null
  return (
    <div className="brand-mark">
      <p className="brand-mark__badge">
        <span aria-hidden="true">✿ </span>
        {withCriteria ? t("charter.mark.label") : t("charter.mark.short")}
      </p>
      {withCriteria && brand.criteria.length ? (
        <section aria-labelledby="brand-criteria">
          <h2 id="brand-criteria">{t("charter.mark.criteria_title")}</h2>
          <ul className="tag-list">
            {brand.criteria.map((c) => (
              <li key={c.key}>{c.title}</li>
            ))}
          </ul>
          <p>
            <Link href="/marchio">{t("charter.mark.explain")}</Link>
          </p>
        </section>
      ) : null}
    </div>
  )
}
