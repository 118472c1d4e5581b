import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal } from "@rbv/kit"

export type RequireTranslationModuleInput = { field: string; optional?: boolean }

/**
 * Whether this shop has Medusa's Translation Module. Texts a person typed in English need it (the
 * request is refused naming the field); words the network adds on its own are then simply skipped.
 */
export const requireTranslationModuleStep = createStep("require-translation-module", async (input: RequireTranslationModuleInput, { container }) => {
  const available = container.hasRegistration(Modules.TRANSLATION)
  if (!available && !input.optional) {
    throw refusal(MedusaError.Types.NOT_ALLOWED, "no_second_language", `${input.field}_en: this shop has no second language`, `${input.field}_en`)
  }
  return new StepResponse(available)
})
