import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteDeliveryZoneWorkflow } from "../../../../workflows/delivery/workflows/delete-delivery-zone"
import { zoneRoutes } from "../routes"

export const { GET, POST } = zoneRoutes.record

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await zoneRoutes.refetch(req, req.params.id)
  await deleteDeliveryZoneWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "delivery_zone", deleted: true })
}
