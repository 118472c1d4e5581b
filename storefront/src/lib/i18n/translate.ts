import { createTranslator as createIntlTranslator, type AbstractIntlMessages, type IntlError } from "use-intl/core"
import type { IT_MESSAGES } from "./catalog"

export const LOCALES = ["it", "en"] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = "it"

/** The Italian file is the reference: every key used in code must exist there. */
export type Messages = typeof IT_MESSAGES

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>
}[keyof T & string]

export type MessageKey = Leaves<Messages>
export type MessageVars = Record<string, string | number>
export type Translate = (key: MessageKey, vars?: MessageVars) => string

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value)
}

/** Intl locale tag used for numbers and dates. */
export function intlLocale(locale: Locale): string {
  return locale === "it" ? "it-IT" : "en-IE"
}

/** Where dates and times are shown: the district's clock, whoever reads the page. */
const TIME_ZONE = "Europe/Rome"

/** A missing key or a message that cannot be formatted shows the key, never a broken page. */
const FALLBACK = {
  onError: (error: IntlError) => {
    if (process.env.NODE_ENV !== "production") console.error(error.message)
  },
  getMessageFallback: ({ key, namespace }: { key: string; namespace?: string }) => (namespace ? `${namespace}.${key}` : key),
}

/**
 * A `t()` bound to one message dictionary and its language, over use-intl's translator (the
 * core of next-intl; its React provider is not used: see i18n-provider.tsx):
 * messages are ICU MessageFormat (plurals as `{count, plural, one {…} other {…}}`, Italian
 * articles before numbers as a `select` on `numberSound()`), keys typed from the Italian file.
 * ICU quoting: an apostrophe right before `{` starts a quote, so write `l''{x}` for "l'" + x.
 */
export function createTranslator(messages: Messages, locale: Locale): Translate {
  const translate = createIntlTranslator({ locale, messages: messages as AbstractIntlMessages, timeZone: TIME_ZONE, ...FALLBACK })
  return (key, vars) => (translate as unknown as (key: string, vars?: MessageVars) => string)(key, vars)
}
