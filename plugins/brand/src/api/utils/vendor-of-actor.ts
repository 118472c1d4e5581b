import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * The shop of the logged-in vendor actor (its auth actor is a vendor_member), read through
 * Query on the vendors plugin's entities: this plugin does not import that one.
 */
export async function vendorOfActor(req: AuthenticatedMedusaRequest): Promise<{ id: string; name: string; status: string }> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "vendor_member",
    fields: ["id", "vendor.id", "vendor.name", "vendor.status"],
    filters: { id: req.auth_context?.actor_id },
  })
  const vendor = (data[0] as any)?.vendor
  if (!vendor) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  return vendor
}
