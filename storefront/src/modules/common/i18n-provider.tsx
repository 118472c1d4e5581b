"use client"

import { createContext, useContext, useMemo, type ReactNode } from "react"
import { mergeMessages } from "@/lib/i18n/merge-messages"
import { createClientTranslator } from "@/lib/i18n/client-translate"
import type { CompiledMessages } from "@/lib/i18n/compile-messages"
import type { Locale } from "@/lib/i18n/locales"
import type { Translate } from "@/lib/i18n/translate"

type I18nValue = { locale: Locale; messages: CompiledMessages; t: Translate }

const I18nContext = createContext<I18nValue | null>(null)

/**
 * Gives client components the visitor's language and the message namespaces of their part of the
 * shop (ClientMessages picks and compiles them on the server); a provider inside another adds its
 * namespaces to the outer one's. The same messages as on the server, compiled there by icu-minify so
 * that the browser needs only its small formatter, not use-intl's ICU parser (12 kB gzipped on every
 * page: client-translate.ts). next-intl's React provider would also bring use-intl's types for the
 * admin's React 18, hoisted at the root, into this React 19 app.
 */
export function I18nProvider({ locale, messages, children }: { locale: Locale; messages: CompiledMessages; children: ReactNode }) {
  const outer = useContext(I18nContext)
  const value = useMemo(() => {
    const all = outer ? mergeMessages(outer.messages, messages) : messages
    return { locale, messages: all, t: createClientTranslator(all, locale) }
  }, [outer, locale, messages])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): Omit<I18nValue, "messages"> {
  const value = useContext(I18nContext)
  if (!value) throw new Error("useI18n() outside <I18nProvider>")
  return value
}
