import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { ITranslationModuleService } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { vendorTranslation } from "../vendor-translation"

export type UpsertVendorTranslationInput = { vendor_id: string; locale_code: string; fields: Record<string, string | null> }

type Undo = { id: string; translations: Record<string, unknown> | null }

export const upsertVendorTranslationStepId = "upsert-vendor-translation"

/**
 * The maker's own texts in another language, as the vendor's row in Medusa's Translation Module
 * (the one the coordinators edit in admin → Translations), merged into it as the module merges an
 * update. An empty text is stored empty, and Medusa then shows the Italian for that field.
 */
export const upsertVendorTranslationStep = createStep(
  upsertVendorTranslationStepId,
  async (input: UpsertVendorTranslationInput, { container }) => {
    if (!container.hasRegistration(Modules.TRANSLATION)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${Object.keys(input.fields)[0]}_en: this shop has no second language`)
    }
    const translation: ITranslationModuleService = container.resolve(Modules.TRANSLATION)
    const before = await vendorTranslation(container, input.vendor_id, input.locale_code)
    const fields = Object.fromEntries(Object.entries(input.fields).map(([field, value]) => [field, value ?? ""]))
    const merged = { ...(before?.translations ?? {}), ...fields }
    if (before) {
      await translation.updateTranslations({ id: before.id, translations: merged })
      // what the step wrote, as it was (a field it added: emptied again)
      const undo = { ...Object.fromEntries(Object.keys(fields).map((f) => [f, ""])), ...(before.translations ?? {}) }
      return new StepResponse(undefined, { id: before.id, translations: undo } as Undo)
    }
    const created = await translation.createTranslations({ reference: "vendor", reference_id: input.vendor_id, locale_code: input.locale_code, translations: merged })
    return new StepResponse(undefined, { id: created.id, translations: null } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const translation: ITranslationModuleService = container.resolve(Modules.TRANSLATION)
    if (undo.translations) await translation.updateTranslations({ id: undo.id, translations: undo.translations })
    else await translation.deleteTranslations(undo.id)
  }
)
