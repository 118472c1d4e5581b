import Link from "next/link"
import type { HttpTypes } from "@medusajs/types"
import type { Locale, Translate } from "@/lib/i18n/translate"
import { LanguageSwitcher } from "./language-switcher"

type HeaderProps = {
  t: Translate
  locale: Locale
  categories: HttpTypes.StoreProductCategory[]
  cartCount: number
  signedIn: boolean
  /** A maker is signed in to La mia bottega (its own login, apart from the customer's). */
  makerSignedIn: boolean
}

export function Header({ t, locale, categories, cartCount, signedIn, makerSignedIn }: HeaderProps) {
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
          {makerSignedIn ? (
            <Link href="/bottega" className="header-link header-link--maker">
              {t("nav.bottega")}
            </Link>
          ) : null}
          <Link href={signedIn ? "/account" : "/account/accesso"} className="header-link">
            {signedIn ? t("nav.account") : t("nav.login")}
          </Link>
          <Link href="/carrello" className="header-link header-link--cart">
            {t("nav.cart_count", { count: cartCount })}
          </Link>
          <LanguageSwitcher locale={locale} t={t} />
        </div>
      </div>
      {categories.length ? (
        <nav aria-label={t("nav.main")} className="category-nav">
          <ul className="container">
            {categories.map((category) => (
              <li key={category.id}>
                <Link href={`/categorie/${category.handle}`}>{category.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  )
}
