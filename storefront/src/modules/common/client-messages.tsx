import type { ReactNode } from "react"
import { messagesFor, type ClientPart } from "@/lib/i18n/client-parts"
import { compileMessages, type CompiledMessages } from "@/lib/i18n/compile-messages"
import type { Tree } from "@/lib/i18n/merge-messages"
import { getMessages } from "@/lib/i18n/messages"
import { getLocaleT } from "@/lib/i18n/server"
import type { Locale } from "@/lib/i18n/translate"
import { I18nProvider } from "./i18n-provider"

const compiled = new Map<string, CompiledMessages>()
/** `part`'s messages in `locale`, compiled for the browser's formatter (once per process: the catalogue is code). */
function compiledFor(locale: Locale, part: ClientPart): CompiledMessages {
  const key = `${locale}:${part}`
  return compiled.get(key) ?? compiled.set(key, compileMessages(messagesFor(getMessages(locale), part) as Tree)).get(key)!
}

/** The messages `part`'s client components read, and no others, compiled for the browser. */
export function ClientMessages({ locale, part, children }: { locale: Locale; part: ClientPart; children: ReactNode }) {
  return (
    <I18nProvider locale={locale} messages={compiledFor(locale, part)}>
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
