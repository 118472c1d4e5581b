import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createPickupPointsWorkflow } from "../../../workflows/delivery/workflows/create-pickup-points"
import type { AdminCreatePickupPoint } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: pickup_points } = await query.graph({ entity: "pickup_point", fields: ["*"], pagination: { order: { name: "ASC" } } })
  res.json({ pickup_points, count: pickup_points.length })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreatePickupPoint>, res: MedusaResponse) => {
  const { result } = await createPickupPointsWorkflow(req.scope).run({ input: { pickup_points: [req.validatedBody] } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "pickup_point", fields: ["*"], filters: { id: result[0].id } })
  res.status(201).json({ pickup_point: data[0] })
}
