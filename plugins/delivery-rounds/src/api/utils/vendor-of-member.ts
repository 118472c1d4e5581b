import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** The maker's shop of the signed-in member (the vendors plugin authenticates every /vendor/* route). */
export async function vendorIdOf(req: AuthenticatedMedusaRequest): Promise<string> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "vendor_member", fields: ["vendor.id"], filters: { id: req.auth_context.actor_id } })
  const vendorId = (data[0] as { vendor?: { id?: string } } | undefined)?.vendor?.id
  if (!vendorId) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  return vendorId
}
