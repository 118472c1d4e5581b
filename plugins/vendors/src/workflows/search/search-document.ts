import { foldText } from "../../modules/search/search-terms"

export type SearchDocumentInput = {
  product_id: string
  handle: string
  title: string
  search_title: string
  subtitle: string | null
  description: string | null
  tags: string | null
  categories: string | null
  category_handles: string[]
  vendor_id: string | null
  vendor_handle: string | null
  vendor_name: string | null
  thumbnail: string | null
  search_text: string
  /** the English words a misspelt English query is matched against */
  search_text_en: string
  /** English texts (Medusa's Translation Module), only where they differ from the Italian */
  title_en: string | null
  subtitle_en: string | null
  description_en: string | null
  tags_en: string | null
  categories_en: string | null
}

export type SearchSourceProduct = {
  id: string
  handle: string
  title: string
  subtitle?: string | null
  description?: string | null
  status: string
  thumbnail?: string | null
  tags?: ({ value: string } | null)[] | null
  categories?: ({ name: string; handle: string } | null)[] | null
  vendor?: { id: string; handle: string; name: string; status: string; craft?: string | null } | null
}

/** The same product as Query answers it in English: translated fields, the Italian where none. */
export type SearchSourceText = Pick<SearchSourceProduct, "id" | "title" | "subtitle" | "description" | "tags" | "categories">

const join = (parts: (string | null | undefined)[]) => parts.filter(Boolean).join(" ") || null
const tagsOf = (p: Pick<SearchSourceProduct, "tags">) => join((p.tags ?? []).map((t) => t?.value))
const categoryNamesOf = (p: Pick<SearchSourceProduct, "categories">) => join((p.categories ?? []).map((c) => c?.name))
const unlessSame = (english: string | null | undefined, italian: string | null | undefined) => (english && english !== italian ? english : null)

/**
 * A product's search document, or null when residents cannot see it (a draft, a shop not
 * approved). A product of no shop is the network's own (the suspended basket): it is searchable.
 */
export function searchDocumentOf(product: SearchSourceProduct, english?: SearchSourceText | null): SearchDocumentInput | null {
  const vendor = product.vendor ?? null
  if (product.status !== "published" || (vendor && vendor.status !== "approved")) return null
  const categories = (product.categories ?? []).filter((c): c is { name: string; handle: string } => Boolean(c))
  const tags = tagsOf(product)
  const names = categoryNamesOf(product)
  const en = {
    title_en: unlessSame(english?.title, product.title),
    subtitle_en: unlessSame(english?.subtitle, product.subtitle),
    description_en: unlessSame(english?.description, product.description),
    tags_en: english ? unlessSame(tagsOf(english), tags) : null,
    categories_en: english ? unlessSame(categoryNamesOf(english), names) : null,
  }
  return {
    product_id: product.id,
    handle: product.handle,
    title: product.title,
    search_title: foldText(product.title),
    subtitle: product.subtitle ?? null,
    description: product.description ?? null,
    tags,
    categories: names,
    category_handles: categories.map((c) => c.handle),
    vendor_id: vendor?.id ?? null,
    vendor_handle: vendor?.handle ?? null,
    vendor_name: vendor?.name ?? null,
    thumbnail: product.thumbnail ?? null,
    // The words a misspelt query is matched against: everything a resident may remember, per language.
    search_text: foldText(join([product.title, product.subtitle, tags, names, vendor?.name, vendor?.craft, product.description])),
    search_text_en: foldText(join(Object.values(en))),
    ...en,
  }
}
