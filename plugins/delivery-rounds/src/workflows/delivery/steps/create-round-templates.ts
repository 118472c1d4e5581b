import { refsToRelations } from "../../../modules/delivery/round-refs"
import type { CreateRoundTemplateInput } from "../workflows/create-round-template"
import { deliverySteps } from "./delivery-module-steps"

export type CreateRoundTemplatesStepInput = CreateRoundTemplateInput[]

export const createRoundTemplatesStepId = "create-round-templates"

export const createRoundTemplatesStep = deliverySteps.create(
  createRoundTemplatesStepId,
  (service, input: CreateRoundTemplatesStepInput) => service.createRoundTemplates(input.map(refsToRelations)),
  (service, ids) => service.deleteRoundTemplates(ids)
)
