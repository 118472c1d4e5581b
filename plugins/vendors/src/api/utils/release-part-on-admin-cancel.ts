import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { coordinatorLocale, refusal } from "@rbv/kit"
import { COORDINATOR_REASON } from "../../lib/released-part"
import { CANCEL_REFUSED_IT } from "../../lib/vendor-order-readiness"
import { releaseVendorPartWorkflow } from "../../workflows/vendor/workflows/release-vendor-part"

/**
 * Medusa's admin lists the makers' parts (child orders) among the orders, each with Medusa's own
 * Cancel: on a part that cancelled the child alone, and the resident's order still charged for it.
 * In front of that core route, a part's cancel is what a coordinator's cancel of a part is
 * (`POST /admin/vendor-orders/:id/cancel`): the part leaves the resident's order, to the cent, and
 * the resident is told. A resident's whole order goes on to Medusa's route.
 */
export async function releasePartOnAdminCancel(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["id", "metadata"], filters: { id: req.params.id } })
    if (!(data[0] as { metadata?: Record<string, unknown> | null } | undefined)?.metadata?.parent_order_id) return next()
    await releaseVendorPartWorkflow(req.scope).run({ input: { order_id: req.params.id, reason: COORDINATOR_REASON, canceled_by: req.auth_context?.actor_id } })
    res.json({ order: { id: req.params.id, status: "canceled" } })
  } catch (error) {
    next(await inCoordinatorsLanguage(req, error))
  }
}

/** A part that can no longer be cancelled is refused in the coordinator's language: Medusa's admin toasts it raw. */
async function inCoordinatorsLanguage(req: AuthenticatedMedusaRequest, error: unknown): Promise<unknown> {
  const { type, code } = (error ?? {}) as { type?: string; code?: string }
  const italian = code ? CANCEL_REFUSED_IT[code] : undefined
  if (!type || !code || !italian || (await coordinatorLocale(req.scope, req.auth_context?.actor_id)) !== "it") return error
  return refusal(type, code, italian)
}
