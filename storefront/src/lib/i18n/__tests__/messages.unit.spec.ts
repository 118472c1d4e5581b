import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser"
import { EN_MESSAGES as en, IT_MESSAGES as itMessages } from "../catalog"
import { createTranslator } from "../translate"
import { createTranslator as createIntlTranslator } from "use-intl/core"

function leaves(node: unknown, prefix = ""): [string, unknown][] {
  if (node === null || typeof node !== "object") return [[prefix, node]]
  return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key))
}

/** Every argument a message reads, in its plural/select branches too. */
function argumentsOf(elements: MessageFormatElement[], names = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type !== TYPE.literal && el.type !== TYPE.pound && "value" in el && typeof el.value === "string") names.add(el.value)
    if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) argumentsOf(option.value, names)
    if (el.type === TYPE.tag) argumentsOf(el.children, names)
  }
  return names
}

// Arguments that only steer Italian grammar (the article before a number): English may ignore them.
const grammarOnly = (name: string) => name.endsWith("_sound")
const args = (text: unknown) => [...argumentsOf(parse(String(text)))].filter((n) => !grammarOnly(n)).sort()

describe("message files", () => {
  it("have exactly the same keys in Italian and English", () => {
    expect(leaves(en).map(([k]) => k).sort()).toEqual(leaves(itMessages).map(([k]) => k).sort())
  })

  it("contain only non-empty strings", () => {
    for (const [key, value] of [...leaves(itMessages), ...leaves(en)]) {
      expect({ key, ok: typeof value === "string" && value.trim().length > 0 }).toEqual({ key, ok: true })
    }
  })

  it("are valid ICU messages reading the same arguments in both languages", () => {
    const english = new Map(leaves(en))
    for (const [key, value] of leaves(itMessages)) {
      expect({ key, vars: args(english.get(key)) }).toEqual({ key, vars: args(value) })
    }
  })
})

describe("t()", () => {
  const t = createTranslator(itMessages, "it")
  const tEn = createTranslator(en, "en")

  it("fills placeholders, and leaves identifiers as written", () => {
    expect(t("order.number", { display_id: 42 })).toBe("Ordine n. 42")
    expect(tEn("order.number", { display_id: 12345 })).toBe("Order no. 12345")
  })

  it("reads nested keys", () => {
    expect(t("product.stock.out")).toBe("Esaurito")
  })

  it("agrees Italian nouns and participles with the count", () => {
    expect(t("logistics.run.progress", { done: 1, total: 6 })).toBe("1 fermata fatta su 6")
    expect(t("logistics.run.progress", { done: 0, total: 6 })).toBe("0 fermate fatte su 6")
    expect(t("logistics.run.progress", { done: 4, total: 6 })).toBe("4 fermate fatte su 6")
    expect(t("logistics.rounds.capacity", { taken: 1, max: 12 })).toBe("1 consegna prenotata su 12")
    expect(t("logistics.rounds.capacity", { taken: 3, max: 12 })).toBe("3 consegne prenotate su 12")
    expect(t("logistics.rounds.stops", { count: 1 })).toBe("1 fermata")
    expect(t("checkout.shipping.few_left", { count: 1 })).toBe("Ultimo posto sul giro")
    expect(t("checkout.shipping.few_left", { count: 3 })).toBe("Ultimi 3 posti sul giro")
    expect(t("bottega.dashboard.products_count", { count: 1, drafts: 0 })).toBe("1 prodotto")
    expect(t("bottega.dashboard.products_count", { count: 5, drafts: 1 })).toBe("5 prodotti, di cui 1 nascosto")
    expect(t("bottega.dashboard.products_count", { count: 5, drafts: 2 })).toBe("5 prodotti, di cui 2 nascosti")
    expect(tEn("logistics.run.progress", { done: 1, total: 1 })).toBe("1 of 1 stop done")
    expect(tEn("logistics.rounds.stops", { count: 2 })).toBe("2 stops")
  })

  it("writes counts with the language's digit grouping", () => {
    expect(t("category.count", { count: 12345 })).toBe("12.345 prodotti")
    expect(tEn("category.count", { count: 12345 })).toBe("12,345 products")
  })

  it("puts the right article before an amount", () => {
    const intro = (price: string, price_sound: "vowel" | "consonant") => t("charter.breakdown.intro", { price, price_sound })
    expect(intro("11,50 €", "vowel")).toBe("Dove vanno gli 11,50 € di questo prodotto (IVA inclusa):")
    expect(intro("16,00 €", "consonant")).toBe("Dove vanno i 16,00 € di questo prodotto (IVA inclusa):")
    expect(t("fund.intro", { share: "8", share_sound: "vowel" })).toMatch(/^L'8% di ogni ordine/)
    expect(t("fund.intro", { share: "2", share_sound: "consonant" })).toMatch(/^Il 2% di ogni ordine/)
  })
})

describe("t() without ICU for plain arguments", () => {
  // Every message of both languages, with each argument it reads set: the plain path must say
  // exactly what use-intl says (apostrophes, plurals, selects and tags go through use-intl).
  it("answers every message exactly as use-intl does", () => {
    let plainArguments = 0
    for (const [locale, catalogue] of [["it", itMessages], ["en", en]] as const) {
      const t = createTranslator(catalogue, locale)
      const reference = createIntlTranslator({ locale, messages: catalogue as never, timeZone: "Europe/Rome" })
      for (const [key, message] of leaves(catalogue)) {
        if (typeof message !== "string" || message.includes("<")) continue
        const vars = Object.fromEntries([...argumentsOf(parse(message))].map((name, i) => [name, i % 2 ? 1234 : `v'${i}`]))
        if (!Object.keys(vars).length) continue
        if (parse(message).every((el) => el.type === TYPE.literal || el.type === TYPE.argument)) plainArguments++
        expect({ key, text: t(key as never, vars) }).toEqual({ key, text: (reference as unknown as (k: string, v: object) => string)(key, vars) })
      }
    }
    expect(plainArguments).toBeGreaterThan(100)
  })
})
