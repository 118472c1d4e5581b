import { createTranslator as createIntlTranslator, type AbstractIntlMessages, type IntlError } from "use-intl/core"
import type { IT_MESSAGES } from "./catalog"
import type { Locale } from "./locales"
import { TIME_ZONE } from "../util/dates"

// The languages live apart (locales.ts) so that a client component naming them does not bring use-intl along.
export { DEFAULT_LOCALE, LOCALES, intlLocale, isLocale, type Locale } from "./locales"

/** The Italian file is the reference: every key used in code must exist there. */
export type Messages = typeof IT_MESSAGES

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>
}[keyof T & string]

export type MessageKey = Leaves<Messages>
export type MessageVars = Record<string, string | number>
export type Translate = (key: MessageKey, vars?: MessageVars) => string


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
  return (key, vars) => {
    const plain = vars ? simpleMessage(messages, key) : null
    if (plain !== null && [...plain.matchAll(PLACEHOLDER)].every(([, name]) => name in vars!)) {
      return plain.replace(PLACEHOLDER, (_, name: string) => String(vars![name]))
    }
    return (translate as unknown as (key: string, vars?: MessageVars) => string)(key, vars)
  }
}

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g
/** Only `{name}` arguments: no plural, select, typed argument, tag or ICU quoting (`'{`, `''`). */
const SIMPLE = /^[^{}<]*(?:\{[A-Za-z0-9_]+\}[^{}<]*)*$/

/**
 * The message at `key` when it needs nothing of ICU but filling in arguments, which ICU prints as
 * String(value) (`{count}` is not number-formatted): filled in here, so that a browser showing
 * "Carrello (2)" creates no Intl object (the first one loads ICU's locale data: tens of ms of
 * blocked main thread, several times that on a phone, while the page becomes usable). Anything
 * else goes through use-intl.
 */
function simpleMessage(messages: Messages, key: string): string | null {
  const message = key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages)
  return typeof message === "string" && SIMPLE.test(message) && !/'['{}]/.test(message) ? message : null
}
