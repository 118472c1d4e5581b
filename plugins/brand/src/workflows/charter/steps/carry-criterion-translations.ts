import { Modules } from "@medusajs/framework/utils"
import type { ITranslationModuleService } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"
import type { CharterWithCriteria } from "../../../modules/brand/service"

export type CarryCriterionTranslationsInput = { from_id: string | null; to: CharterWithCriteria }

const same = (a?: string | null, b?: string | null) => (a ?? "") === (b ?? "")

/**
 * A new version starts from the one in force: each criterion whose Italian text is unchanged keeps
 * the translations the coordinators gave it. A reworded one starts without (its English would be stale).
 */
export const carryCriterionTranslationsStep = createStep(
  "carry-criterion-translations",
  async (input: CarryCriterionTranslationsInput, { container }) => {
    if (!input.from_id || !container.hasRegistration(Modules.TRANSLATION)) return new StepResponse([] as string[])
    const brand: BrandModuleService = container.resolve(BRAND_MODULE)
    const [from] = await brand.charterVersions({ id: input.from_id })
    const unchanged = new Map(
      input.to.criteria.flatMap((c) => {
        const before = from?.criteria.find((b) => b.key === c.key && same(b.title, c.title) && same(b.description, c.description))
        return before ? [[before.id!, c.id!] as const] : []
      })
    )
    if (!unchanged.size) return new StepResponse([] as string[])
    const translation: ITranslationModuleService = container.resolve(Modules.TRANSLATION)
    const rows = await translation.listTranslations({ reference_id: [...unchanged.keys()] })
    if (!rows.length) return new StepResponse([] as string[])
    const created = await translation.createTranslations(
      rows.map((row) => ({ reference: row.reference, reference_id: unchanged.get(row.reference_id)!, locale_code: row.locale_code, translations: row.translations ?? {} }))
    )
    return new StepResponse(created.map((t) => t.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const translation: ITranslationModuleService = container.resolve(Modules.TRANSLATION)
    await translation.deleteTranslations(ids)
  }
)
