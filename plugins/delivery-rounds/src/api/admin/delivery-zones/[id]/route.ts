import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { deleteDeliveryZoneWorkflow } from "../../../../workflows/delivery/workflows/delete-delivery-zone"
import { updateDeliveryZoneWorkflow } from "../../../../workflows/delivery/workflows/update-delivery-zone"
import type { AdminUpdateDeliveryZone } from "../validators"

async function refetchZone(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "delivery_zone", fields: ["*"], filters: { id } })
  if (!data[0]) throw refusal(MedusaError.Types.NOT_FOUND, "zone_not_found", `Delivery zone ${id} was not found`, "id")
  return data[0]
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ delivery_zone: await refetchZone(req, req.params.id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateDeliveryZone>, res: MedusaResponse) => {
  await refetchZone(req, req.params.id)
  await updateDeliveryZoneWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ delivery_zone: await refetchZone(req, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchZone(req, req.params.id)
  await deleteDeliveryZoneWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "delivery_zone", deleted: true })
}
