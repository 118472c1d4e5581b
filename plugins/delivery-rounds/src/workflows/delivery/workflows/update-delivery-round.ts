import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../events"
import { updateDeliveryRoundStep } from "../steps/update-delivery-round"
import { validateRoundReferencesStep } from "../steps/validate-round-references"
import type { DeliveryRoundInput } from "./create-delivery-rounds"
import { syncRoundShippingOptionsWorkflow } from "./sync-round-shipping-options"

export type UpdateDeliveryRoundInput = { id: string } & Partial<Omit<DeliveryRoundInput, "template_id">>

export const updateDeliveryRoundWorkflowId = "update-delivery-round"

export const updateDeliveryRoundWorkflow = createWorkflow(updateDeliveryRoundWorkflowId, (input: UpdateDeliveryRoundInput) => {
  validateRoundReferencesStep(transform({ input }, ({ input }) => ({ rounds: [input] })))
  const round = updateDeliveryRoundStep(input)
  syncRoundShippingOptionsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ round_ids: [input.id] })) })
  emitEventStep({ eventName: DeliveryEvents.ROUND_UPDATED, data: transform({ input }, ({ input }) => ({ id: input.id })) })
  return new WorkflowResponse(round)
})
