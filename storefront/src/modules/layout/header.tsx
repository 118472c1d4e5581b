import { Link } from "@/modules/common/link"
import type { HttpTypes } from "@medusajs/types"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { CategoryLinks } from "@/modules/catalogue/category-links"
import { VisitorLinks } from "@/modules/visitor/visitor-links"
import { LanguageSwitcher } from "./language-switcher"

type HeaderProps = { t: Translate; locale: Locale; categories: HttpTypes.StoreProductCategory[] }

/** The same for every visitor of a language (it sits in cached pages); VisitorLinks is the per-visitor part. */
export function Header({ t, locale, categories }: HeaderProps) {
  return (
    <header className="site-header">
      <div className="site-header__top container">
        <Link href="/" className="brand">
          <span className="brand__name">{t("brand.name")}</span>
          <span className="brand__tagline">{t("brand.tagline")}</span>
        </Link>
        <form action="/cerca" method="get" role="search" className="header-search">
          <label htmlFor="header-search-q" className="visually-hidden">
            {t("nav.search_label")}
          </label>
          <input id="header-search-q" type="search" name="q" required maxLength={100} placeholder={t("nav.search_placeholder")} />
          <button type="submit" className="button button--secondary">
            {t("nav.search_button")}
          </button>
        </form>
        <div className="header-links">
          <Link href="/artigiani" className="header-link">
            {t("nav.makers")}
          </Link>
          <VisitorLinks />
          <LanguageSwitcher />
        </div>
      </div>
      {categories.length ? (
        <nav aria-label={t("nav.main")} className="category-nav">
          <CategoryLinks categories={categories} className="container" />
        </nav>
      ) : null}
    </header>
  )
}
