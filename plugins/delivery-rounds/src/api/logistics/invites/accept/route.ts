import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { acceptVolunteerInviteWorkflow } from "../../../../workflows/delivery/workflows/volunteers"
import type { LogisticsAcceptInvite } from "../../validators"
import { refusal } from "@rbv/kit"

export const POST = async (req: AuthenticatedMedusaRequest<LogisticsAcceptInvite>, res: MedusaResponse) => {
  if (req.auth_context.actor_id) throw refusal(MedusaError.Types.INVALID_DATA, "login_is_volunteer", "This login already belongs to a volunteer")
  const auth = req.scope.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id ?? ""
  const { result } = await acceptVolunteerInviteWorkflow(req.scope).run({ input: { ...req.validatedBody, email, auth_identity_id: identity.id } })
  res.status(201).json({ volunteer: result })
}
