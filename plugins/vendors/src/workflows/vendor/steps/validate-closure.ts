import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"

export const validateClosureStepId = "validate-vendor-closure"

export const validateClosureStep = createStep(
  validateClosureStepId,
  async (input: { closure_from?: Date | string | null; closure_to?: Date | string | null }) => {
    if (input.closure_from && input.closure_to && new Date(input.closure_from) > new Date(input.closure_to)) {
      throw refusal(MedusaError.Types.INVALID_DATA, "closure_ends_before_start", "closure_to: the holiday must end after it starts", "closure_to")
    }
  }
)
