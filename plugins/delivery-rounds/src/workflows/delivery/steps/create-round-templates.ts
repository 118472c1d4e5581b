import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import { refsToRelations } from "../../../modules/delivery/round-refs"
import type DeliveryModuleService from "../../../modules/delivery/service"
import type { CreateRoundTemplateInput } from "../workflows/create-round-template"

export type CreateRoundTemplatesStepInput = CreateRoundTemplateInput[]

export const createRoundTemplatesStepId = "create-round-templates"

export const createRoundTemplatesStep = createStep(
  createRoundTemplatesStepId,
  async (input: CreateRoundTemplatesStepInput, { container }) => {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const created = await service.createRoundTemplates(input.map(refsToRelations))
    return new StepResponse(created, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    await service.deleteRoundTemplates(ids)
  }
)
