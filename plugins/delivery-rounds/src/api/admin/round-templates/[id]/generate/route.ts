import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createRoundsFromTemplateWorkflow } from "../../../../../workflows/delivery/workflows/create-rounds-from-template"
import { ADMIN_ROUND_FIELDS, adminRoundView } from "../../../delivery-rounds/query-config"
import type { AdminGenerateRounds } from "../../validators"

// POST /admin/round-templates/:id/generate { weeks } → the rounds created (weeks already there are skipped)
export const POST = async (req: AuthenticatedMedusaRequest<AdminGenerateRounds>, res: MedusaResponse) => {
  const { result } = await createRoundsFromTemplateWorkflow(req.scope).run({
    input: { template_id: req.params.id, weeks: req.validatedBody.weeks },
  })
  const ids = result.map((r: { id: string }) => r.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = ids.length
    ? await query.graph({ entity: "delivery_round", fields: ADMIN_ROUND_FIELDS, filters: { id: ids }, pagination: { order: { starts_at: "ASC" } } })
    : { data: [] }
  res.status(201).json({ delivery_rounds: data.map(adminRoundView) })
}
