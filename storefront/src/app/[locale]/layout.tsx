import type { Metadata, Viewport } from "next"
import type { ReactNode } from "react"
import { listTopCategories } from "@/lib/data/categories"
import { getLocaleT } from "@/lib/i18n/server"
import { ClientMessages } from "@/modules/common/client-messages"
import { Footer } from "@/modules/layout/footer"
import { Header } from "@/modules/layout/header"
import { SiteStyle } from "@/modules/layout/site-style"

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/**
 * The language is the first segment (proxy.ts adds it from the visitor's cookie), so a page
 * that reads nothing else per visitor is rendered once per language on its first visit and then
 * served from Next's cache; the header's per-visitor part (cart count, who is signed in) is
 * fetched by the browser (VisitorLinks). The browser gets only the shell's messages; each segment's
 * layout adds those of its own client components (client-parts.ts).
 */
export function generateStaticParams(): { locale: string }[] {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await getLocaleT(params)
  return { title: { default: t("meta.title"), template: `%s · ${t("brand.name")}` }, description: t("meta.description") }
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#7a3418" }

export default async function RootLayout({ children, params }: Props) {
  const { t, locale } = await getLocaleT(params)
  const categories = await listTopCategories(locale)
  return (
    <html lang={locale}>
      <body>
        <SiteStyle />
        <a href="#main" className="skip-link">
          {t("nav.skip")}
        </a>
        <ClientMessages locale={locale} part="shell">
          <Header t={t} locale={locale} categories={categories} />
          <main id="main" className="container main" tabIndex={-1}>
            {children}
          </main>
          <Footer t={t} />
        </ClientMessages>
      </body>
    </html>
  )
}
