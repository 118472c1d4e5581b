import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { findVendorOrderIdsStep } from "../steps/find-vendor-order-ids"
import { updateOrdersMetadataStep } from "../steps/update-orders-metadata"

export type RecordVendorOrdersHandedOverInput = { order_ids: string[]; at?: string }

export const recordVendorOrdersHandedOverWorkflowId = "record-vendor-orders-handed-over"

/**
 * The goods of these makers' orders have left the workshops (their round started): from now on
 * their "pronto" flag is history. Orders that are not a maker's part, or already stamped, are
 * left alone, so a repeated announcement changes nothing.
 */
export const recordVendorOrdersHandedOverWorkflow = createWorkflow(
  recordVendorOrdersHandedOverWorkflowId,
  (input: RecordVendorOrdersHandedOverInput) => {
    const ids = findVendorOrderIdsStep({ order_ids: input.order_ids })
    // Never query orders with an empty id list: that filter would match every order.
    const stamped = when({ ids }, ({ ids }) => ids.length > 0).then(() => {
      const { data: orders } = useQueryGraphStep({ entity: "order", fields: ["id", "metadata"], filters: { id: ids } }).config({
        name: "find-vendor-orders-handed-over",
      })
      const changes = transform({ orders, input }, ({ orders, input }) => {
        const at = input.at ?? new Date().toISOString()
        const fresh = orders.filter((o: any) => !o.metadata?.handed_over_at)
        return {
          updates: fresh.map((o: any) => ({ id: o.id, metadata: { ...(o.metadata ?? {}), handed_over_at: at } })),
          previous: fresh.map((o: any) => ({ id: o.id, metadata: o.metadata ?? {} })),
        }
      })
      return updateOrdersMetadataStep(changes)
    })
    return new WorkflowResponse(transform({ stamped }, ({ stamped }) => stamped ?? []))
  }
)
