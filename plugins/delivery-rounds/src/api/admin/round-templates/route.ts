import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createRoundTemplateWorkflow } from "../../../workflows/delivery/workflows/create-round-template"
import type { AdminCreateRoundTemplate } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: round_templates } = await query.graph({ entity: "round_template", fields: ["*"], pagination: { order: { name: "ASC" } } })
  res.json({ round_templates, count: round_templates.length })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateRoundTemplate>, res: MedusaResponse) => {
  const { result } = await createRoundTemplateWorkflow(req.scope).run({ input: req.validatedBody })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "round_template", fields: ["*"], filters: { id: result.id } })
  res.status(201).json({ round_template: data[0] })
}
