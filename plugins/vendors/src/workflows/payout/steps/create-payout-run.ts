import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"

export const createPayoutRunStepId = "create-payout-run"

export const createPayoutRunStep = createStep(
  createPayoutRunStepId,
  async (input: { trigger: "schedule" | "admin" | "test" }, { container }) => {
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    const run = await service.createPayoutRuns({ trigger: input.trigger })
    return new StepResponse(run, run.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    await service.deletePayoutRuns(id)
  }
)
