import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { updatePickupPointWorkflow } from "../../../../workflows/delivery/workflows/update-pickup-point"
import type { AdminUpdatePickupPoint } from "../validators"

async function refetchPickupPoint(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "pickup_point", fields: ["*"], filters: { id } })
  if (!data[0]) throw refusal(MedusaError.Types.NOT_FOUND, "pickup_point_not_found", `Pickup point ${id} was not found`, "id")
  return data[0]
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ pickup_point: await refetchPickupPoint(req, req.params.id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdatePickupPoint>, res: MedusaResponse) => {
  await refetchPickupPoint(req, req.params.id)
  await updatePickupPointWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ pickup_point: await refetchPickupPoint(req, req.params.id) })
}
