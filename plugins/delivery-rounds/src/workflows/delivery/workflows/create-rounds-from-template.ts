import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../events"
import { createDeliveryRoundsStep } from "../steps/create-delivery-rounds"
import { prepareTemplateRoundsStep } from "../steps/prepare-template-rounds"
import { syncRoundShippingOptionsWorkflow } from "./sync-round-shipping-options"

export type CreateRoundsFromTemplateInput = { template_id: string; weeks: number; now?: Date | string }

export const createRoundsFromTemplateWorkflowId = "create-rounds-from-template"

/** The template's rounds on the next N weekdays (Europe/Rome times); weeks already generated are skipped. */
export const createRoundsFromTemplateWorkflow = createWorkflow(
  createRoundsFromTemplateWorkflowId,
  (input: CreateRoundsFromTemplateInput) => {
    const planned = prepareTemplateRoundsStep(input)
    const rounds = createDeliveryRoundsStep(planned)
    syncRoundShippingOptionsWorkflow.runAsStep({
      input: transform({ rounds }, ({ rounds }) => ({ round_ids: rounds.map((r: { id: string }) => r.id) })),
    })
    emitEventStep({
      eventName: DeliveryEvents.ROUND_CREATED,
      data: transform({ rounds }, ({ rounds }) => rounds.map((r: { id: string }) => ({ id: r.id }))),
    })
    return new WorkflowResponse(rounds)
  }
)
