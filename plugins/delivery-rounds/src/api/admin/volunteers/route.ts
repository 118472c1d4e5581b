import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DELIVERY_MODULE } from "../../../modules/delivery"
import type DeliveryModuleService from "../../../modules/delivery/service"
import { inviteUrl } from "../../../lib/notify"
import { inviteVolunteerWorkflow } from "../../../workflows/delivery/workflows/volunteers"
import type { AdminCreateVolunteer } from "./validators"

export const VOLUNTEER_FIELDS = ["id", "name", "email", "phone", "role", "has_login", "active", "invite_expires_at", "created_at"] as const
export const visibleVolunteer = (v: any) => Object.fromEntries(VOLUNTEER_FIELDS.map((k) => [k, v[k] ?? null]))

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: DeliveryModuleService = req.scope.resolve(DELIVERY_MODULE)
  const volunteers = await service.listVolunteers({}, { order: { name: "ASC" }, take: null })
  res.json({ volunteers: volunteers.map(visibleVolunteer) })
}

// The invite token is shown once, to the coordinator who sends it (the invite e-mail carries it too).
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateVolunteer>, res: MedusaResponse) => {
  const { result } = await inviteVolunteerWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ volunteer: visibleVolunteer(result.volunteer), invite_token: result.invite_token, invite_url: inviteUrl(result.invite_token) })
}
