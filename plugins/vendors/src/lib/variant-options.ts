// How a maker's sizes map onto Medusa's product options: pure rules, shared by the validation
// steps (which refuse) and the workflows (which compute what to write).

export type OptionShape = { id: string; title: string; is_exclusive?: boolean | null; values?: { id: string; value: string }[] | null }
export type VariantShape = { id: string; title: string | null; options?: { id: string; value: string; option_id?: string | null }[] | null }
export type ProductShape = { id: string; options?: OptionShape[] | null; variants?: VariantShape[] | null }

const same = (a: string | null | undefined, b: string | null | undefined) => (a ?? "").trim().toLowerCase() === (b ?? "").trim().toLowerCase()

/** The option values of a new variant: as given, or its title when the product has a single option. */
export function newVariantOptions(product: ProductShape, variant: { title: string; options?: Record<string, string> }): Record<string, string> {
  if (variant.options && Object.keys(variant.options).length) return variant.options
  const options = product.options ?? []
  return options.length === 1 ? { [options[0].title]: variant.title } : {}
}

/** Why a variant is refused: the refusal's code, the request field it is about and a message. */
export type VariantProblem = { code: string; field: "title" | "options"; message: string }

const problem = (code: string, field: VariantProblem["field"], reason: string): VariantProblem => ({ code, field, message: `${field}: ${reason}` })

/** Why this new variant cannot be added, or null. */
export function newVariantProblem(product: ProductShape, variant: { title: string; options?: Record<string, string> }): VariantProblem | null {
  const options = product.options ?? []
  const variants = product.variants ?? []
  if (!options.length) return problem("no_options", "options", "this product has no options to tell its variants apart")
  const given = newVariantOptions(product, variant)
  const titles = options.map((o) => o.title)
  if (titles.length !== Object.keys(given).length || titles.some((t) => !given[t])) {
    return problem("options_incomplete", "options", `give one value for each of ${titles.join(", ")}`)
  }
  if (variants.some((v) => same(v.title, variant.title))) return problem("variant_title_taken", "title", `another variant is already called "${variant.title}"`)
  const clash = variants.find((v) =>
    options.every((o) => (v.options ?? []).some((vo) => vo.option_id === o.id && same(vo.value, given[o.title])))
  )
  return clash ? problem("variant_options_taken", "title", `"${clash.title}" already has these options`) : null
}

/** Values the new variant needs that the product does not offer yet, per option. */
export function optionValuesToAdd(product: ProductShape, given: Record<string, string>) {
  return (product.options ?? [])
    .filter((o) => !(o.values ?? []).some((v) => v.value === given[o.title]))
    .map((o) => ({ product_option_id: o.id, add: [{ value: given[o.title] }] }))
}

/**
 * With one option of its own, a variant's name is its option value (the size residents pick),
 * so renaming the variant renames that value. Shared options keep their values.
 */
export function renamedOptionValue(product: ProductShape, variantId: string, title: string | undefined): { id: string; value: string } | null {
  const options = product.options ?? []
  if (title === undefined || options.length !== 1 || options[0].is_exclusive === false) return null
  const variant = (product.variants ?? []).find((v) => v.id === variantId)
  const value = variant?.options?.find((vo) => vo.option_id === options[0].id)
  return value && value.value !== title ? { id: value.id, value: title } : null
}

/** Why this variant cannot be renamed so, or null. */
export function renameProblem(product: ProductShape, variantId: string, title: string | undefined): VariantProblem | null {
  if (title === undefined) return null
  const others = (product.variants ?? []).filter((v) => v.id !== variantId)
  const taken = others.some((v) => same(v.title, title) || (renamedOptionValue(product, variantId, title) && v.options?.some((vo) => same(vo.value, title))))
  return taken ? problem("variant_title_taken", "title", `another variant is already called "${title}"`) : null
}

/** Option values only this variant used: once it is gone, the shop must stop offering them. */
export function optionValuesToRemove(product: ProductShape, variantId: string) {
  const variants = product.variants ?? []
  const variant = variants.find((v) => v.id === variantId)
  const others = variants.filter((v) => v.id !== variantId)
  return (variant?.options ?? [])
    .filter((vo) => vo.option_id && !others.some((v) => v.options?.some((o) => o.id === vo.id)))
    .map((vo) => ({ product_option_id: vo.option_id!, remove: [vo.id] }))
}

/** What the variant workflows read of a product to apply these rules (and the prices they change). */
export const PRODUCT_SHAPE_FIELDS = [
  "id",
  "options.id",
  "options.title",
  "options.is_exclusive",
  "options.values.id",
  "options.values.value",
  "variants.id",
  "variants.title",
  "variants.product_id",
  "variants.options.id",
  "variants.options.value",
  "variants.options.option_id",
  "variants.prices.id",
  "variants.prices.amount",
  "variants.prices.currency_code",
]
