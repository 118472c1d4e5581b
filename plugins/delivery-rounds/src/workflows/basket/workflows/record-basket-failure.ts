import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../events"
import { claimBasketRoundStep } from "../steps/claim-basket-round"
import { recordBasketPlacementStep } from "../steps/record-basket-placement"
import { sortBasketLinesStep } from "../steps/sort-basket-lines"

/** `line_reason`: why each line the round could have taken was not placed (checkout_refused by default). */
export type RecordBasketFailureInput = { basket_id: string; round_id: string; reason: string; line_reason?: "checkout_refused" | "round_closed" | "card_declined" }

export const recordBasketFailureWorkflowId = "record-basket-failure"

/**
 * A basket whose placement was refused at completion (the round full, a batch taken meanwhile…), or
 * that the round closed before it could go in: nothing was placed; the round's placement records
 * why, once, and the resident is told.
 */
export const recordBasketFailureWorkflow = createWorkflow(recordBasketFailureWorkflowId, (input: RecordBasketFailureInput) => {
  const placementId = claimBasketRoundStep(transform({ input }, ({ input }) => ({ basket_id: input.basket_id, round_id: input.round_id })))
  const sorted = sortBasketLinesStep(transform({ input }, ({ input }) => ({ basket_id: input.basket_id, round_id: input.round_id })))
  when({ placementId }, ({ placementId }) => Boolean(placementId)).then(() => {
    recordBasketPlacementStep(
      transform({ placementId, sorted, input }, ({ placementId, sorted, input }) => ({
        placement_id: placementId as string,
        status: "failed" as const,
        placed: [],
        left_out: [...sorted.placed.map((l) => ({ ...l, reason: input.line_reason ?? "checkout_refused" })), ...sorted.left_out],
        reason: input.reason,
      }))
    )
    emitEventStep({ eventName: DeliveryEvents.BASKET_PLACED, data: transform({ placementId }, ({ placementId }) => ({ id: placementId })) }).config({ name: "emit-basket-failed" })
  })
  return new WorkflowResponse(placementId)
})
