import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { acceptVendorInviteWorkflow } from "../../../../workflows/vendor/workflows/invite-vendor-member"
import type { VendorAcceptInvite } from "../../validators"
import { refusal } from "@rbv/kit"

export const POST = async (req: AuthenticatedMedusaRequest<VendorAcceptInvite>, res: MedusaResponse) => {
  if (req.auth_context.actor_id) throw refusal(MedusaError.Types.INVALID_DATA, "login_has_shop", "This login already belongs to a shop")
  const auth = req.scope.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id ?? ""
  const { result } = await acceptVendorInviteWorkflow(req.scope).run({
    input: { ...req.validatedBody, auth_identity_id: identity.id, email },
  })
  res.status(201).json({ member: result })
}
