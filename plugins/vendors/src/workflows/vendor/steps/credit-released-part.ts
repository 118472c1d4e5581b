import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ChangeActionType, Modules, OrderChangeStatus, OrderChangeType } from "@medusajs/framework/utils"
import { fromCents } from "../../../lib/money"
import { RELEASED_PART_REFERENCE } from "../../../lib/released-part"

export const creditReleasedPartStepId = "credit-released-vendor-part"

/**
 * The part leaves the resident's order as Medusa's own credit line (an order change confirmed
 * like core's credit-line workflows do): the order's total drops by it. Compensation undoes the change.
 */
export const creditReleasedPartStep = createStep(
  creditReleasedPartStepId,
  async (input: { order_id: string; vendor_id: string; amount: number; created_by?: string }, { container }) => {
    const orders = container.resolve(Modules.ORDER)
    const change = await orders.createOrderChange({ order_id: input.order_id, change_type: OrderChangeType.CREDIT_LINE, created_by: input.created_by })
    await orders.addOrderAction({
      order_change_id: change.id,
      order_id: input.order_id,
      version: change.version,
      action: ChangeActionType.CREDIT_LINE_ADD,
      reference: RELEASED_PART_REFERENCE,
      reference_id: input.vendor_id,
      amount: fromCents(input.amount),
    })
    await orders.confirmOrderChange({ id: change.id, confirmed_by: input.created_by })
    return new StepResponse(change.id, { id: change.id, order_id: input.order_id, status: OrderChangeStatus.PENDING, confirmed_by: input.created_by })
  },
  async (change, { container }) => {
    if (!change) return
    await container.resolve(Modules.ORDER).undoLastChange(change.order_id, change as any)
  }
)
