import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"
import { refusal } from "@rbv/kit"

export const redeemVoucherStepId = "redeem-voucher"

/** A family collects its basket once: a second try, even at the same instant, is refused. */
export const redeemVoucherStep = createStep(
  redeemVoucherStepId,
  async (input: { code: string; pickup_point: string }, { container }) => {
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    const id = await service.redeemVoucherByCode({ code: input.code, point: input.pickup_point })
    if (!id) throw refusal(MedusaError.Types.NOT_ALLOWED, "voucher_invalid", "code: this voucher does not exist, is not assigned yet, or was already redeemed", "code")
    const [voucher] = await service.listVouchers({ id }, { take: 1 })
    return new StepResponse(voucher, id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: BrandModuleService = container.resolve(BRAND_MODULE)
    await service.updateVouchers({ id, status: "assigned", redeemed_at: null, redeemed_at_point: null })
  }
)
