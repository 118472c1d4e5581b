import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { VENDOR_MODULE } from "../../../modules/vendor"
import type VendorModuleService from "../../../modules/vendor/service"

export const findOrderSplitStepId = "find-order-split"

export type OrderSplitFound = {
  /** Its sale lines exist: the split is complete, a replayed event does nothing. */
  done: boolean
  /** Child orders already made, by maker: a split cut short (a worker killed after them) reuses them; a done one announces them again. */
  children: Record<string, string>
}

/** How far a parent order's split went. */
export const findOrderSplitStep = createStep(findOrderSplitStepId, async (input: { parent_order_id: string }, { container }) => {
  const service: VendorModuleService = container.resolve(VENDOR_MODULE)
  const lines = await service.listCommissionLines({ parent_order_id: input.parent_order_id, kind: "sale" }, { take: 1 })
  // The order module filters no metadata key: read the child orders' own marks.
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `SELECT id, metadata->>'vendor_id' AS vendor_id FROM "order" WHERE metadata->>'parent_order_id' = ? AND deleted_at IS NULL ORDER BY created_at`,
    [input.parent_order_id]
  )
  const children: Record<string, string> = {}
  for (const row of rows as { id: string; vendor_id: string | null }[]) if (row.vendor_id) children[row.vendor_id] ??= row.id
  return new StepResponse<OrderSplitFound>({ done: lines.length > 0, children })
})
