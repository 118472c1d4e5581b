import type { Metadata, Viewport } from "next"
import type { ReactNode } from "react"
import type { HttpTypes } from "@medusajs/types"
import { cartItemCount, retrieveCart } from "@/lib/data/cart"
import { listTopCategories } from "@/lib/data/categories"
import { getAuthToken, getVendorToken } from "@/lib/cookies"
import { getMessages } from "@/lib/i18n/messages"
import { getT } from "@/lib/i18n/server"
import { I18nProvider } from "@/modules/common/i18n-provider"
import { Footer } from "@/modules/layout/footer"
import { Header } from "@/modules/layout/header"
import "./globals.css"

export const dynamic = "force-dynamic"

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT()
  return { title: { default: t("meta.title"), template: `%s · ${t("brand.name")}` }, description: t("meta.description") }
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#7a3418" }

/** The header must not take the whole page down when the shop's API is unreachable. */
async function headerData(): Promise<{ categories: HttpTypes.StoreProductCategory[]; cartCount: number }> {
  const [categories, cart] = await Promise.allSettled([listTopCategories(), retrieveCart()])
  return {
    categories: categories.status === "fulfilled" ? categories.value : [],
    cartCount: cart.status === "fulfilled" ? cartItemCount(cart.value) : 0,
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { t, locale } = await getT()
  const [{ categories, cartCount }, token, vendorToken] = await Promise.all([headerData(), getAuthToken(), getVendorToken()])
  return (
    <html lang={locale}>
      <body>
        <a href="#main" className="skip-link">
          {t("nav.skip")}
        </a>
        <I18nProvider locale={locale} messages={getMessages(locale)}>
          <Header t={t} locale={locale} categories={categories} cartCount={cartCount} signedIn={Boolean(token)} makerSignedIn={Boolean(vendorToken)} />
          <main id="main" className="container main" tabIndex={-1}>
            {children}
          </main>
          <Footer t={t} />
        </I18nProvider>
      </body>
    </html>
  )
}
