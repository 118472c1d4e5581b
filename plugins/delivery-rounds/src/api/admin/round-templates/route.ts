import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { TEMPLATE_REF_FIELDS, templateRefIds } from "../../../modules/delivery/round-refs"
import { createRoundTemplateWorkflow } from "../../../workflows/delivery/workflows/create-round-template"
import type { AdminCreateRoundTemplate } from "./validators"

const TEMPLATE_FIELDS = ["*", ...TEMPLATE_REF_FIELDS]

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "round_template", fields: TEMPLATE_FIELDS, pagination: { order: { name: "ASC" } } })
  res.json({ round_templates: data.map(templateRefIds), count: data.length })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateRoundTemplate>, res: MedusaResponse) => {
  const { result } = await createRoundTemplateWorkflow(req.scope).run({ input: req.validatedBody })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "round_template", fields: TEMPLATE_FIELDS, filters: { id: result.id } })
  res.status(201).json({ round_template: templateRefIds(data[0]) })
}
