import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { prepareTemplateRoundsStep } from "../steps/prepare-template-rounds"
import { createDeliveryRoundsWorkflow } from "./create-delivery-rounds"

export type CreateRoundsFromTemplateInput = { template_id: string; weeks: number; now?: Date | string }

export const createRoundsFromTemplateWorkflowId = "create-rounds-from-template"

/**
 * The template's rounds on the next N weekdays (Europe/Rome times); weeks already generated are
 * skipped. They are made as any round is (same checks, shipping options, `delivery.round_created`).
 */
export const createRoundsFromTemplateWorkflow = createWorkflow(
  createRoundsFromTemplateWorkflowId,
  (input: CreateRoundsFromTemplateInput) => {
    const planned = prepareTemplateRoundsStep(input)
    const rounds = createDeliveryRoundsWorkflow.runAsStep({ input: transform({ planned }, ({ planned }) => ({ rounds: planned })) })
    return new WorkflowResponse(rounds)
  }
)
