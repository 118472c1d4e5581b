import { model } from "@medusajs/framework/utils"

/**
 * What the store search reads of one published product of an approved shop (or of the network). The migration adds
 * the weighted Italian and English text-search vectors as generated columns (title A; subtitle,
 * tags and categories B; maker C; description D) and the indexes; `search_title` and `search_text` (title, subtitle, tags, categories, maker) are the same
 * words lower-cased without accents, for trigram (typo) matching.
 */
export const SearchDocument = model
  .define("search_document", {
    id: model.id({ prefix: "sdoc" }).primaryKey(),
    product_id: model.text().unique(),
    handle: model.text(),
    title: model.text(),
    search_title: model.text(),
    subtitle: model.text().nullable(),
    description: model.text().nullable(),
    tags: model.text().nullable(),
    categories: model.text().nullable(),
    category_handles: model.array(),
    // null: the network's own products (the suspended basket), sold by no shop
    vendor_id: model.text().nullable(),
    vendor_handle: model.text().nullable(),
    vendor_name: model.text().nullable(),
    thumbnail: model.text().nullable(),
    search_text: model.text(),
    search_text_en: model.text().default(""),
    // English (Medusa's Translation Module) where it differs: the English vector reads these first.
    title_en: model.text().nullable(),
    subtitle_en: model.text().nullable(),
    description_en: model.text().nullable(),
    tags_en: model.text().nullable(),
    categories_en: model.text().nullable(),
  })
  .indexes([{ on: ["vendor_handle"] }])
