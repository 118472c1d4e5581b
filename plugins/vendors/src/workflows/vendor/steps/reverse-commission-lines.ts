import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export const reverseCommissionLinesStepId = "reverse-commission-lines"

/** The sale stays in the ledger; a reversal with opposite amounts cancels it out. */
export const reverseCommissionLinesStep = createStep(
  reverseCommissionLinesStepId,
  async (input: { order_id: string }, { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const [sale] = await service.listCommissionLines({ order_id: input.order_id, kind: "sale" }, { take: 1 })
    if (!sale) return new StepResponse(null, null)
    const reversal = await service.createCommissionLines({
      vendor_id: sale.vendor_id,
      order_id: sale.order_id,
      parent_order_id: sale.parent_order_id,
      kind: "reversal",
      currency_code: sale.currency_code,
      gross: -sale.gross,
      rate_bps: sale.rate_bps,
      commission: -sale.commission,
      net: -sale.net,
    })
    return new StepResponse(reversal, reversal.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    await service.deleteCommissionLines(id)
  }
)
