import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"
import { commissionOf } from "../../../lib/money"

export type CommissionLinesStepInput = {
  parent_order_id: string
  currency_code: string
  parts: { vendor_id: string; order_id: string; gross_cents: number }[]
}

export const createCommissionLinesStepId = "create-commission-lines"

/** Writes the sale lines with the rate in force now; later rate changes never touch them. */
export const createCommissionLinesStep = createStep(
  createCommissionLinesStepId,
  async (input: CommissionLinesStepInput, { container }) => {
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    const lines = await Promise.all(
      input.parts.map(async (part) => {
        const rate = await service.commissionRateFor(part.vendor_id)
        const commission = commissionOf(part.gross_cents, rate)
        return {
          vendor_id: part.vendor_id,
          order_id: part.order_id,
          parent_order_id: input.parent_order_id,
          kind: "sale" as const,
          currency_code: input.currency_code,
          gross: part.gross_cents,
          rate_bps: rate,
          commission,
          net: part.gross_cents - commission,
        }
      })
    )
    const created = await service.createCommissionLines(lines)
    return new StepResponse(created, created.map((l) => l.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: VendorModuleService = container.resolve(VENDOR_MODULE)
    await service.deleteCommissionLines(ids)
  }
)
