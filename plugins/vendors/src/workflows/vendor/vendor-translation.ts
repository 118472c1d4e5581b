import type { ITranslationModuleService, MedusaContainer, TranslationDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * The vendor's row in Medusa's Translation Module for this locale (the one the coordinators edit in
 * admin → Translations and the maker in /bottega), or null: none yet, or no Translation Module.
 */
export async function vendorTranslation(container: MedusaContainer, vendorId: string, locale: string): Promise<TranslationDTO | null> {
  if (!container.hasRegistration(Modules.TRANSLATION)) return null
  const translation: ITranslationModuleService = container.resolve(Modules.TRANSLATION)
  const [row] = await translation.listTranslations({ reference_id: vendorId, locale_code: locale })
  return row ?? null
}

/** One translated text of the vendor (null: none or empty, and the shop shows the Italian). */
export async function vendorTranslatedText(container: MedusaContainer, vendorId: string, locale: string, field: string): Promise<string | null> {
  const text = (await vendorTranslation(container, vendorId, locale))?.translations?.[field]
  return typeof text === "string" && text ? text : null
}

/** Each record's translated texts in this locale, by record id (none: no row, or no Translation Module). */
export async function translatedTexts(container: MedusaContainer, ids: string[], locale: string): Promise<Map<string, Record<string, string>>> {
  if (!ids.length || !container.hasRegistration(Modules.TRANSLATION)) return new Map()
  const translation: ITranslationModuleService = container.resolve(Modules.TRANSLATION)
  const rows = await translation.listTranslations({ reference_id: ids, locale_code: locale })
  return new Map(rows.map((row) => [row.reference_id, (row.translations ?? {}) as Record<string, string>]))
}
