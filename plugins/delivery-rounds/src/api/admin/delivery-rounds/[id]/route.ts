import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { updateDeliveryRoundWorkflow } from "../../../../workflows/delivery/workflows/update-delivery-round"
import { ADMIN_ROUND_FIELDS, adminRoundView } from "../query-config"
import type { AdminUpdateDeliveryRound } from "../validators"

export async function refetchRound(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "delivery_round", fields: ADMIN_ROUND_FIELDS, filters: { id } })
  if (!data[0]) throw refusal(MedusaError.Types.NOT_FOUND, "round_not_found", `Delivery round ${id} was not found`, "id")
  return adminRoundView(data[0])
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ delivery_round: await refetchRound(req, req.params.id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateDeliveryRound>, res: MedusaResponse) => {
  await refetchRound(req, req.params.id)
  await updateDeliveryRoundWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ delivery_round: await refetchRound(req, req.params.id) })
}
