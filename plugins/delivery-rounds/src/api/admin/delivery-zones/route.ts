import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createDeliveryZonesWorkflow } from "../../../workflows/delivery/workflows/create-delivery-zones"
import type { AdminCreateDeliveryZone } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: delivery_zones } = await query.graph({ entity: "delivery_zone", fields: ["*"], pagination: { order: { name: "ASC" } } })
  res.json({ delivery_zones, count: delivery_zones.length })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateDeliveryZone>, res: MedusaResponse) => {
  const { result } = await createDeliveryZonesWorkflow(req.scope).run({ input: { zones: [req.validatedBody] } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "delivery_zone", fields: ["*"], filters: { id: result[0].id } })
  res.status(201).json({ delivery_zone: data[0] })
}
