"use client"

import { createContext, useContext, useMemo, type ReactNode } from "react"
import { mergeMessages } from "@/lib/i18n/merge-messages"
import { createTranslator, type Locale, type Messages, type Translate } from "@/lib/i18n/translate"

type I18nValue = { locale: Locale; messages: Partial<Messages>; t: Translate }

const I18nContext = createContext<I18nValue | null>(null)

/**
 * Gives client components the visitor's language and the message namespaces of their part of the
 * shop (ClientMessages picks them on the server); a provider inside another adds its namespaces to
 * the outer one's. The same translator as on the server (next-intl's React provider would bring
 * use-intl's types for the admin's React 18, hoisted at the root, into this React 19 app).
 */
export function I18nProvider({ locale, messages, children }: { locale: Locale; messages: Partial<Messages>; children: ReactNode }) {
  const outer = useContext(I18nContext)
  const value = useMemo(() => {
    const all = outer ? (mergeMessages(outer.messages, messages) as Partial<Messages>) : messages
    return { locale, messages: all, t: createTranslator(all as Messages, locale) }
  }, [outer, locale, messages])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): Omit<I18nValue, "messages"> {
  const value = useContext(I18nContext)
  if (!value) throw new Error("useI18n() outside <I18nProvider>")
  return value
}
