import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"
import { refusal } from "@rbv/kit"

export const assignVoucherStepId = "assign-voucher"

/** Coordinators give an unassigned voucher to a family referred by social services. */
export const assignVoucherStep = createStep(
  assignVoucherStepId,
  async (input: { id: string; beneficiary: string }, { container }) => {
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    const [voucher] = await service.listVouchers({ id: input.id }, { take: 1 })
    if (!voucher) throw refusal(MedusaError.Types.NOT_FOUND, "voucher_not_found", `Voucher ${input.id} was not found`, "id")
    if (voucher.status !== "available") throw refusal(MedusaError.Types.NOT_ALLOWED, "voucher_not_available", `The voucher is already ${voucher.status}`)
    const updated = await service.updateVouchers({ id: voucher.id, status: "assigned", beneficiary: input.beneficiary, assigned_at: new Date() })
    return new StepResponse(updated, voucher.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    await service.updateVouchers({ id, status: "available", beneficiary: null, assigned_at: null })
  }
)
