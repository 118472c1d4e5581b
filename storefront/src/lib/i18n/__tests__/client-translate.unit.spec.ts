import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser"
import { EN_MESSAGES, IT_MESSAGES } from "../catalog"
import { createClientTranslator } from "../client-translate"
import { compileMessages } from "../compile-messages"
import { mergeMessages, type Tree } from "../merge-messages"
import { createTranslator, type MessageKey, type Messages, type MessageVars } from "../translate"

function leaves(node: unknown, prefix = ""): [string, string][] {
  if (typeof node === "string") return [[prefix, node]]
  return Object.entries(node as object).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key))
}

/** Each argument a message reads, with the values worth trying: every branch of a select, numbers across plural categories. */
function argumentValues(elements: MessageFormatElement[], out = new Map<string, Set<string | number>>()) {
  const add = (name: string, ...values: (string | number)[]) => values.forEach((v) => (out.get(name) ?? out.set(name, new Set()).get(name)!).add(v))
  for (const el of elements) {
    if (el.type === TYPE.argument) add(el.value, "Anna", 7)
    if (el.type === TYPE.plural) add(el.value, 0, 1, 2, 3, 11, 21, 1000, 1500)
    if (el.type === TYPE.select) add(el.value, ...Object.keys(el.options).filter((k) => k !== "other"), "something-else")
    if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) argumentValues(option.value, out)
  }
  return out
}

/** A few combinations: each argument's values in turn, the others at their first value. */
function combinations(values: Map<string, Set<string | number>>): MessageVars[] {
  const names = [...values.keys()]
  const base = Object.fromEntries(names.map((n) => [n, [...values.get(n)!][0]]))
  return [base, ...names.flatMap((n) => [...values.get(n)!].map((v) => ({ ...base, [n]: v })))]
}

/** Whether every object in `value` is a plain object or an array, as React passes props to client components. */
function plainOnly(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true
  const proto = Object.getPrototypeOf(value)
  return (proto === Object.prototype || proto === Array.prototype) && Object.values(value).every(plainOnly)
}

describe("the browser's translator (messages compiled by icu-minify on the server)", () => {
  it.each([
    ["it", IT_MESSAGES],
    ["en", EN_MESSAGES],
  ] as const)("formats every %s message as use-intl does, for every branch", (locale, messages) => {
    const server = createTranslator(messages as Messages, locale)
    const browser = createClientTranslator(compileMessages(messages as unknown as Tree), locale)
    let checked = 0
    for (const [key, message] of leaves(messages)) {
      for (const vars of combinations(argumentValues(parse(message)))) {
        expect({ key, vars, text: browser(key as MessageKey, vars) }).toEqual({ key, vars, text: server(key as MessageKey, vars) })
        checked++
      }
    }
    expect(checked).toBeGreaterThan(500)
  })

  it("gives React plain objects and arrays only", () => {
    const compiled = compileMessages(IT_MESSAGES as unknown as Tree)
    expect(plainOnly(compiled)).toBe(true)
    expect(JSON.parse(JSON.stringify(compiled))).toEqual(compiled)
  })

  it("keeps a compiled message whole when two providers' messages are merged", () => {
    const outer = compileMessages({ nav: { cart_count: "Carrello ({count})" } })
    const inner = compileMessages({ nav: { cart_count: "{count, plural, one {# articolo} other {# articoli}}" } })
    const browser = createClientTranslator(mergeMessages(outer, inner), "it")
    expect(browser("nav.cart_count" as MessageKey, { count: 2 })).toBe("2 articoli")
  })

  // A missing argument is not checked: icu-minify's production build (the one shipped) leaves the
  // checks out and prints "undefined"; its development build throws, and the key is shown.
  it("shows the key for a missing message, as the server does", () => {
    const browser = createClientTranslator(compileMessages(IT_MESSAGES as unknown as Tree), "it")
    expect(browser("nav.nope" as MessageKey)).toBe("nav.nope")
    expect(browser("nav" as MessageKey)).toBe("nav")
    expect(browser("nav.cart.nope" as MessageKey)).toBe("nav.cart.nope")
  })
})
