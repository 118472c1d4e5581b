import type { ProductShape } from "./variant-options"
import type { TranslationRow } from "../workflows/vendor/workflows/upsert-translations"

/** What a maker writes in English about a product: its texts and, per size, the size's name. */
export type ProductEnglish = {
  title?: string | null
  subtitle?: string | null
  description?: string | null
  /** By variant id, or by the size's Italian name for sizes created in the same request. */
  variants?: { id?: string; title: string; title_en?: string | null }[]
}

// The option and size names the network gives a new product unless the maker names others (the
// API's default option, the /bottega form's default size and its option for several sizes).
const NETWORK_WORDS: Record<string, string> = { Formato: "Size", Unico: "One size", "Formato unico": "One size", Variante: "Size" }

const TEXTS = ["title", "subtitle", "description"] as const

/**
 * Medusa shows a translation only in place of a text the product has: an English subtitle or
 * description over an empty Italian one would never be seen. The first such field (its request field and why), or null.
 */
export function englishWithoutItalian(product: Partial<Record<(typeof TEXTS)[number], string | null>>, english: ProductEnglish): { field: string; message: string } | null {
  const field = TEXTS.find((f) => english[f] && !product[f])
  return field ? { field: `${field}_en`, message: `${field}_en: write the Italian ${field} first; residents reading English see the English where there is an Italian one` } : null
}

/** Whether the maker typed any English (else only the network's own words are written). */
export function makerWroteEnglish(english: ProductEnglish): boolean {
  const own = [english.title, english.subtitle, english.description, ...(english.variants ?? []).map((v) => v.title_en)]
  return own.some((v) => v !== undefined)
}

/**
 * The Translation Module rows a maker's English makes: the product's texts, each named size's
 * variant and — for a product whose only option is its own — the option value residents pick.
 * On a new product the network's default option and size get their English words too.
 */
export function productEnglishRows(product: ProductShape, english: ProductEnglish, { isNew = false } = {}): TranslationRow[] {
  const rows: TranslationRow[] = []
  const own = { title: english.title, subtitle: english.subtitle, description: english.description }
  if (Object.values(own).some((v) => v !== undefined)) rows.push({ reference: "product", reference_id: product.id, fields: own })

  const options = product.options ?? []
  const single = options.length === 1 && options[0].is_exclusive !== false ? options[0] : null
  if (isNew) {
    for (const option of options) {
      if (NETWORK_WORDS[option.title]) rows.push({ reference: "product_option", reference_id: option.id, fields: { title: NETWORK_WORDS[option.title] } })
    }
  }
  for (const variant of product.variants ?? []) {
    const given = english.variants?.find((v) => (v.id ? v.id === variant.id : v.title === variant.title))
    const word = given?.title_en === undefined && isNew ? NETWORK_WORDS[variant.title ?? ""] : undefined
    const title = given?.title_en !== undefined ? given.title_en : word
    if (title === undefined) continue
    rows.push({ reference: "product_variant", reference_id: variant.id, fields: { title } })
    const value = single ? variant.options?.find((vo) => vo.option_id === single.id) : undefined
    if (value) rows.push({ reference: "product_option_value", reference_id: value.id, fields: { value: title } })
  }
  return rows
}
