import format, { type FormatOptions } from "icu-minify/format"
import type { CompiledMessages } from "./compile-messages"
import type { Locale } from "./locales"
import type { Translate } from "./translate"
import { TIME_ZONE } from "../util/dates"

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>()
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(kind: string, args: unknown[], make: () => T): T {
  const key = kind + JSON.stringify(args)
  return (cache.get(key) ?? cache.set(key, make()).get(key)) as T
}
// Created on first use only: the first Intl object loads ICU's locale data (tens of ms on a phone),
// and a message with only {arguments} needs none.
const OPTIONS: FormatOptions = {
  timeZone: TIME_ZONE,
  formatters: {
    getNumberFormat: (...args) => cached("n", args, () => new Intl.NumberFormat(...args)),
    getDateTimeFormat: (...args) => cached("d", args, () => new Intl.DateTimeFormat(...args)),
    getPluralRules: (...args) => cached("p", args, () => new Intl.PluralRules(...args)),
  },
}

/**
 * The browser's `t()`: the messages the server compiled for it (compile-messages.ts), looked up by
 * key and filled in by icu-minify/format, use-intl's own ~650-byte runtime for compiled messages.
 * As on the server (translate.ts), a missing key or a message that cannot be formatted shows the key.
 * client-translate.unit.spec.ts checks every message of both languages against use-intl's output.
 */
export function createClientTranslator(messages: Partial<CompiledMessages>, locale: Locale): Translate {
  return (key, vars) => {
    let node: unknown = messages
    for (const part of key.split(".")) node = node && typeof node === "object" && !Array.isArray(node) ? (node as CompiledMessages)[part] : undefined
    if (typeof node !== "string" && !Array.isArray(node)) return key
    try {
      const text = format(node, locale, vars, OPTIONS)
      return typeof text === "string" ? text : key
    } catch {
      return key
    }
  }
}
