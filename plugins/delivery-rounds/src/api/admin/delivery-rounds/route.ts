import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createDeliveryRoundsWorkflow } from "../../../workflows/delivery/workflows/create-delivery-rounds"
import { ADMIN_ROUND_FIELDS, adminRoundView } from "./query-config"
import type { AdminCreateDeliveryRound, AdminListDeliveryRounds } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { status, template_id, limit, offset } = req.validatedQuery as AdminListDeliveryRounds
  const { data, metadata } = await query.graph({
    entity: "delivery_round",
    fields: ADMIN_ROUND_FIELDS,
    filters: { ...(status ? { status } : {}), ...(template_id ? { template_id } : {}) },
    pagination: { take: limit, skip: offset, order: { starts_at: "ASC" } },
  })
  res.json({ delivery_rounds: data.map(adminRoundView), count: metadata?.count ?? data.length, limit, offset })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateDeliveryRound>, res: MedusaResponse) => {
  const { result } = await createDeliveryRoundsWorkflow(req.scope).run({ input: { rounds: [req.validatedBody] } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "delivery_round", fields: ADMIN_ROUND_FIELDS, filters: { id: result[0].id } })
  res.status(201).json({ delivery_round: adminRoundView(data[0]) })
}
