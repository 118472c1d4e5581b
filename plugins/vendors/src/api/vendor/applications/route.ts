import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { applyVendorWorkflow } from "../../../workflows/vendor/workflows/apply-vendor"
import type { VendorApply } from "../validators"
import { refusal } from "@rbv/kit"

export const POST = async (req: AuthenticatedMedusaRequest<VendorApply>, res: MedusaResponse) => {
  if (req.auth_context.actor_id) {
    throw refusal(MedusaError.Types.INVALID_DATA, "login_has_shop", "This login already belongs to a shop")
  }
  const auth = req.scope.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const email = identity.provider_identities?.find((p) => p.provider === "emailpass")?.entity_id
  if (!email) throw refusal(MedusaError.Types.INVALID_DATA, "register_first", "Register with e-mail and password first")

  const { first_name, last_name, ...vendor } = req.validatedBody
  const { result } = await applyVendorWorkflow(req.scope).run({
    input: {
      auth_identity_id: identity.id,
      vendor: { ...vendor, email },
      member: { email, first_name, last_name },
    },
  })
  res.status(201).json({ vendor: result.vendor, member: result.member })
}
