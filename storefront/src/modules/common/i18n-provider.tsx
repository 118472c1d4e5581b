"use client"

import { createContext, useContext, useMemo, type ReactNode } from "react"
import { createTranslator, type Locale, type Messages, type Translate } from "@/lib/i18n/translate"

type I18nValue = { locale: Locale; t: Translate }

const I18nContext = createContext<I18nValue | null>(null)

/**
 * Gives client components the visitor's language; only that language's messages are sent.
 * The same translator as on the server (next-intl's React provider would bring
 * use-intl's types for the admin's React 18, hoisted at the root, into this React 19 app).
 */
export function I18nProvider({ locale, messages, children }: { locale: Locale; messages: Messages; children: ReactNode }) {
  const value = useMemo(() => ({ locale, t: createTranslator(messages, locale) }), [locale, messages])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext)
  if (!value) throw new Error("useI18n() outside <I18nProvider>")
  return value
}
