import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../events"
import { updateDeliveryRoundStep } from "../steps/update-delivery-round"
import type { RoundStatus } from "../../../modules/delivery/round-rules"
import { validateRoundStatusChangeStep } from "../steps/validate-round-status-change"
import { syncRoundShippingOptionsWorkflow } from "./sync-round-shipping-options"

export type ChangeDeliveryRoundStatusInput = { round_id: string; status: RoundStatus }

export const changeDeliveryRoundStatusWorkflowId = "change-delivery-round-status"

/** open → closed → planned → in_progress → completed, or cancelled; see ROUND_TRANSITIONS. */
export const changeDeliveryRoundStatusWorkflow = createWorkflow(
  changeDeliveryRoundStatusWorkflowId,
  (input: ChangeDeliveryRoundStatusInput) => {
    validateRoundStatusChangeStep(input)
    const round = updateDeliveryRoundStep(transform({ input }, ({ input }) => ({ id: input.round_id, status: input.status })))
    syncRoundShippingOptionsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ round_ids: [input.round_id] })) })
    // The makers' orders the round carries travel with the news (their "pronto" freezes once it starts).
    const { data: stops } = useQueryGraphStep({
      entity: "delivery_stop",
      // orders.orders: a stop order's child orders (links/stop-order-child-orders).
      fields: ["status", "orders.cancelled_at", "orders.orders.id"],
      filters: { round_id: input.round_id },
    }).config({ name: "find-round-stop-orders" })
    emitEventStep({
      eventName: DeliveryEvents.ROUND_STATUS_CHANGED,
      data: transform({ input, stops }, ({ input, stops }) => ({
        id: input.round_id,
        status: input.status,
        child_order_ids: stops
          .filter((s: any) => s.status !== "cancelled")
          .flatMap((s: any) => (s.orders ?? []).filter((o: any) => !o.cancelled_at).flatMap((o: any) => (o.orders ?? []).map((c: any) => c.id as string))),
      })),
    })
    return new WorkflowResponse(round)
  }
)
