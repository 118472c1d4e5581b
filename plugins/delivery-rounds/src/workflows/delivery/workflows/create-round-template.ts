import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../events"
import { createRoundTemplatesStep } from "../steps/create-round-templates"
import { validateTemplateReferencesStep } from "../steps/validate-template-references"

export type CreateRoundTemplateInput = {
  name: string
  weekday: number
  start_time: string
  end_time: string
  cutoff_weekday: number
  cutoff_time: string
  dropoff_hours_before?: number | null
  max_drops: number
  max_weight_g?: number | null
  vehicle_profile?: "foot" | "bike" | "cargo_bike" | "van"
  collection_mode?: "hub_dropoff" | "workshop_pickup"
  delivery_fee?: number
  zone_ids: string[]
  pickup_point_ids?: string[]
}

export const createRoundTemplateWorkflowId = "create-round-template"

export const createRoundTemplateWorkflow = createWorkflow(createRoundTemplateWorkflowId, (input: CreateRoundTemplateInput) => {
  validateTemplateReferencesStep(input)
  const data = transform({ input }, ({ input }) => [input])
  const templates = createRoundTemplatesStep(data)
  const template = transform({ templates }, ({ templates }) => templates[0])
  emitEventStep({ eventName: DeliveryEvents.TEMPLATE_CREATED, data: transform({ template }, ({ template }) => ({ id: template.id })) })
  return new WorkflowResponse(template)
})
