import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export const repriceSaleStepId = "reprice-weighed-sale"

type Sale = { id: string; gross: number; commission: number; net: number }

/**
 * A weighed part's sale in the ledger takes the weighed amounts (once, before delivery and payout:
 * statements, payouts and the fund's shares all read the sale). Compensation puts the old ones back.
 */
export const repriceSaleStep = createStep(
  repriceSaleStepId,
  async (input: Sale, { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const before = await service.retrieveCommissionLine(input.id)
    await service.updateCommissionLines({ id: input.id, gross: input.gross, commission: input.commission, net: input.net })
    return new StepResponse(input, { id: before.id, gross: before.gross, commission: before.commission, net: before.net })
  },
  async (before, { container }) => {
    if (!before) return
    await (container.resolve(VENDOR_MODULE) as VendorModuleService).updateCommissionLines(before)
  }
)
