import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { BrandEvents } from "../../events"
import { redeemVoucherStep } from "../steps/redeem-voucher"

export type RedeemVoucherInput = { code: string; pickup_point: string }

export const redeemVoucherWorkflowId = "redeem-voucher"

export const redeemVoucherWorkflow = createWorkflow(redeemVoucherWorkflowId, (input: RedeemVoucherInput) => {
  const voucher = redeemVoucherStep(input)
  emitEventStep({ eventName: BrandEvents.VOUCHER_REDEEMED, data: transform({ voucher }, ({ voucher }) => ({ id: voucher.id })) })
  return new WorkflowResponse(voucher)
})
