import type { ReactNode } from "react"
import { messagesFor, type ClientPart } from "@/lib/i18n/client-parts"
import { getMessages } from "@/lib/i18n/messages"
import { getLocaleT } from "@/lib/i18n/server"
import type { Locale } from "@/lib/i18n/translate"
import { I18nProvider } from "./i18n-provider"

/** The messages `part`'s client components read, and no others, for the browser. */
export function ClientMessages({ locale, part, children }: { locale: Locale; part: ClientPart; children: ReactNode }) {
  return (
    <I18nProvider locale={locale} messages={messagesFor(getMessages(locale), part)}>
      {children}
    </I18nProvider>
  )
}

type LayoutProps = { children: ReactNode; params: Promise<{ locale: string }> }

/** The layout of a segment whose pages render `part`'s client components. */
export function partLayout(part: ClientPart) {
  return async function PartLayout({ children, params }: LayoutProps) {
    const { locale } = await getLocaleT(params)
    return (
      <ClientMessages locale={locale} part={part}>
        {children}
      </ClientMessages>
    )
  }
}
