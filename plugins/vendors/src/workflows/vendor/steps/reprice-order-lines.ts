import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ChangeActionType, Modules, OrderChangeStatus, OrderChangeType } from "@medusajs/framework/utils"

export const repriceOrderLinesStepId = "reprice-order-lines"

export type RepriceOrderLinesInput = {
  order_id: string
  items: { id: string; quantity: number; unit_price: number; metadata: Record<string, unknown> }[]
  created_by?: string
}

/**
 * New prices for some of an order's lines as Medusa's own order edit does it (an `edit` change with
 * one ITEM_UPDATE action per line, confirmed at once): the order's totals, taxes and version follow.
 * The order's payments are left alone — the caller captures what is due. Compensation undoes the change.
 */
export const repriceOrderLinesStep = createStep(
  repriceOrderLinesStepId,
  async (input: RepriceOrderLinesInput, { container }) => {
    const orders = container.resolve(Modules.ORDER)
    const change = await orders.createOrderChange({ order_id: input.order_id, change_type: OrderChangeType.EDIT, created_by: input.created_by })
    await orders.addOrderAction(
      input.items.map((item) => ({
        order_change_id: change.id,
        order_id: input.order_id,
        version: change.version,
        action: ChangeActionType.ITEM_UPDATE,
        details: { reference_id: item.id, quantity: item.quantity, unit_price: item.unit_price, metadata: item.metadata },
      }))
    )
    await orders.confirmOrderChange({ id: change.id, confirmed_by: input.created_by })
    return new StepResponse(change.id, { id: change.id, order_id: input.order_id, status: OrderChangeStatus.PENDING, confirmed_by: input.created_by })
  },
  async (change, { container }) => {
    if (!change) return
    await container.resolve(Modules.ORDER).undoLastChange(change.order_id, change as any)
  }
)
