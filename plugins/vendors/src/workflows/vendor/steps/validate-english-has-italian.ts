import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { refusal } from "@rbv/kit"
import { englishWithoutItalian, type ProductEnglish } from "../../../lib/product-english"

export type ValidateEnglishHasItalianInput = { product: { subtitle?: string | null; description?: string | null; title?: string | null }; english: ProductEnglish }

/** Refuses an English text the shop could never show (no Italian text under it), naming the field. */
export const validateEnglishHasItalianStep = createStep("validate-english-has-italian", async (input: ValidateEnglishHasItalianInput) => {
  const problem = englishWithoutItalian(input.product ?? {}, input.english)
  if (problem) throw refusal(MedusaError.Types.INVALID_DATA, "english_without_italian", problem.message, problem.field)
})
