import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { WeeklySchedule } from "../../../lib/round-dates"
import { DeliveryEvents } from "../../events"
import { createRoundTemplatesStep } from "../steps/create-round-templates"
import { validateTemplateReferencesStep } from "../steps/validate-template-references"
import type { RoundServiceInput } from "./create-delivery-rounds"

export type CreateRoundTemplateInput = WeeklySchedule & RoundServiceInput & { name: string }

export const createRoundTemplateWorkflowId = "create-round-template"

export const createRoundTemplateWorkflow = createWorkflow(createRoundTemplateWorkflowId, (input: CreateRoundTemplateInput) => {
  validateTemplateReferencesStep(input)
  const data = transform({ input }, ({ input }) => [input])
  const templates = createRoundTemplatesStep(data)
  const template = transform({ templates }, ({ templates }) => templates[0])
  emitEventStep({ eventName: DeliveryEvents.TEMPLATE_CREATED, data: transform({ template }, ({ template }) => ({ id: template.id })) })
  return new WorkflowResponse(template)
})
