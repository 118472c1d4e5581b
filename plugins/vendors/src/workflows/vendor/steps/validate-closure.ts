import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"

export const validateClosureStepId = "validate-vendor-closure"

export const validateClosureStep = createStep(
  validateClosureStepId,
  async (input: { closure_from?: Date | string | null; closure_to?: Date | string | null }) => {
    if (input.closure_from && input.closure_to && new Date(input.closure_from) > new Date(input.closure_to)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "closure_to: the holiday must end after it starts")
    }
  }
)
