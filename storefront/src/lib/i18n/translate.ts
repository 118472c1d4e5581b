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

function lookup(messages: unknown, key: string): string | undefined {
  let node: unknown = messages
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object") return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === "string" ? node : undefined
}

/** A `t()` bound to one message dictionary. Missing keys fall back to the key itself. */
export function createTranslator(messages: Messages): Translate {
  return (key, vars) => {
    const template = lookup(messages, key) ?? key
    if (!vars) return template
    return template.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in vars ? String(vars[name]) : match
    )
  }
}
