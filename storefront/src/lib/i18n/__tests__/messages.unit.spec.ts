import { EN_MESSAGES as en, IT_MESSAGES as itMessages } from "../catalog"
import { createTranslator } from "../translate"

function keysOf(node: unknown, prefix = ""): string[] {
  if (node === null || typeof node !== "object") return [prefix]
  return Object.entries(node).flatMap(([key, value]) => keysOf(value, prefix ? `${prefix}.${key}` : key))
}

function leaves(node: unknown, prefix = ""): [string, unknown][] {
  if (node === null || typeof node !== "object") return [[prefix, node]]
  return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key))
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe("message files", () => {
  it("have exactly the same keys in Italian and English", () => {
    expect(keysOf(en).sort()).toEqual(keysOf(itMessages).sort())
  })

  it("contain only non-empty strings", () => {
    for (const [key, value] of [...leaves(itMessages), ...leaves(en)]) {
      expect({ key, ok: typeof value === "string" && value.trim().length > 0 }).toEqual({ key, ok: true })
    }
  })

  it("use the same placeholders in both languages", () => {
    const english = new Map(leaves(en))
    for (const [key, value] of leaves(itMessages)) {
      expect({ key, vars: placeholders(String(english.get(key))) }).toEqual({ key, vars: placeholders(String(value)) })
    }
  })
})

describe("t()", () => {
  const t = createTranslator(itMessages)

  it("fills placeholders", () => {
    expect(t("order.number", { display_id: 42 })).toBe("Ordine n. 42")
    expect(createTranslator(en)("order.number", { display_id: 42 })).toBe("Order no. 42")
  })

  it("reads nested keys", () => {
    expect(t("product.stock.out")).toBe("Esaurito")
  })
})
