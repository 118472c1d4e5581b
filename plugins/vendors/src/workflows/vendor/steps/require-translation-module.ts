import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type RequireTranslationModuleInput = { field: string; optional?: boolean }

/**
 * Whether this shop has Medusa's Translation Module. Texts a person typed in English need it (the
 * request is refused naming the field); words the network adds on its own are then simply skipped.
 */
export const requireTranslationModuleStep = createStep("require-translation-module", async (input: RequireTranslationModuleInput, { container }) => {
  const available = container.hasRegistration(Modules.TRANSLATION)
  if (!available && !input.optional) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${input.field}_en: this shop has no second language`)
  }
  return new StepResponse(available)
})
