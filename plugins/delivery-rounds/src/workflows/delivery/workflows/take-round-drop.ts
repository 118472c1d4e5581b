import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../events"
import { takeRoundDropStep } from "../steps/take-round-drop"

export type TakeRoundDropInput = { round_id: string }

export const takeRoundDropWorkflowId = "take-delivery-round-drop"

/** One drop of a round, taken atomically (the last K drops go to exactly K callers). */
export const takeRoundDropWorkflow = createWorkflow(takeRoundDropWorkflowId, (input: TakeRoundDropInput) => {
  const roundId = takeRoundDropStep(input)
  emitEventStep({ eventName: DeliveryEvents.ROUND_DROP_TAKEN, data: transform({ input }, ({ input }) => ({ id: input.round_id })) })
  return new WorkflowResponse(roundId)
})
