import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import type { CreateOrderDTO } from "@medusajs/framework/types"

export type MadeChildOrder = { id: string; vendor_id: string | null }

export const createChildOrdersStepId = "create-missing-child-orders"

/**
 * Creates the child orders a split still lacks (none, when a cut-short split made them all), each
 * returned with the maker its metadata names; compensation deletes them.
 */
export const createChildOrdersStep = createStep(
  createChildOrdersStepId,
  async (orders: CreateOrderDTO[], { container }) => {
    if (!orders.length) return new StepResponse([] as MadeChildOrder[], [] as string[])
    const created = await container.resolve(Modules.ORDER).createOrders(orders)
    return new StepResponse(
      created.map((o): MadeChildOrder => ({ id: o.id, vendor_id: (o.metadata?.vendor_id as string | undefined) ?? null })),
      created.map((o) => o.id)
    )
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve(Modules.ORDER).deleteOrders(ids)
  }
)
