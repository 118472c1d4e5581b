import { Modules } from "@medusajs/framework/utils"
import { ENGLISH_CONTENT_LOCALE } from "@rbv/kit"
import { applicants, categories, catalogueWordsEn, categoryDescriptionsEn, craftsEn, makers, productsEn } from "../demo-district"
import { query, SeedContainer } from "./context"

type Row = { reference: string; reference_id: string; translations: Record<string, string> }

type SeedProduct = {
  id: string
  handle: string
  options: { id: string; title: string; values: { id: string; value: string }[] }[]
  variants: { id: string; title: string }[]
}

const word = (italian: string) => catalogueWordsEn[italian] ?? italian

/** The English rows of one demo product: its texts, its options and their values, its variants. */
function productRows(p: SeedProduct): Row[] {
  const en = productsEn[p.handle]
  if (!en) return []
  const own = { title: en.title, description: en.description, ...(en.subtitle ? { subtitle: en.subtitle } : {}) }
  return [
    { reference: "product", reference_id: p.id, translations: own },
    ...p.options.flatMap((o) => [
      { reference: "product_option", reference_id: o.id, translations: { title: word(o.title) } },
      ...o.values.map((v) => ({ reference: "product_option_value", reference_id: v.id, translations: { value: word(v.value) } })),
    ]),
    ...p.variants.map((v) => ({ reference: "product_variant", reference_id: v.id, translations: { title: word(v.title) } })),
  ]
}

/**
 * The demo catalogue in English through Medusa's Translation Module (products, options, option
 * values, variants, categories, the makers' crafts and stories). Idempotent: what already has an English row is left as it is,
 * so a coordinator's corrections in the admin survive a second seed.
 */
export async function seedCatalogueTranslations(container: SeedContainer): Promise<number> {
  const q = query(container)
  const { data: products } = await q.graph({
    entity: "product",
    fields: ["id", "handle", "options.id", "options.title", "options.values.id", "options.values.value", "variants.id", "variants.title"],
    filters: { handle: Object.keys(productsEn) },
  })
  const { data: cats } = await q.graph({ entity: "product_category", fields: ["id", "handle"], filters: { handle: categories.map((c) => c.handle) } })
  const nameEn = new Map(categories.map((c) => [c.handle, c.name_en]))
  const shops = [...makers, ...applicants]
  const { data: vendors } = await q.graph({ entity: "vendor", fields: ["id", "handle"], filters: { handle: shops.map((m) => m.handle) } })
  const makerByHandle = new Map(shops.map((m) => [m.handle, m]))
  const rows: Row[] = [
    ...(products as SeedProduct[]).flatMap(productRows),
    ...cats.map((c: { id: string; handle: string }) => ({
      reference: "product_category",
      reference_id: c.id,
      translations: { name: nameEn.get(c.handle)!, description: categoryDescriptionsEn[c.handle] },
    })),
    ...vendors.map((v: { id: string; handle: string }) => {
      const maker = makerByHandle.get(v.handle)!
      return { reference: "vendor", reference_id: v.id, translations: { craft: craftsEn[maker.craft] ?? maker.craft, story: maker.story_en } }
    }),
  ]
  const { data: existing } = await q.graph({
    entity: "translation",
    fields: ["reference_id"],
    filters: { reference_id: rows.map((r) => r.reference_id), locale_code: ENGLISH_CONTENT_LOCALE },
  })
  const done = new Set(existing.map((t: { reference_id: string }) => t.reference_id))
  const missing = rows.filter((r) => !done.has(r.reference_id)).map((r) => ({ ...r, locale_code: ENGLISH_CONTENT_LOCALE }))
  // Straight into the module, not createTranslationsWorkflow: its one event per row would make the
  // search re-index a product hundreds of times; the seed indexes the whole catalogue once after.
  if (missing.length) await container.resolve(Modules.TRANSLATION).createTranslations(missing)
  return missing.length
}
