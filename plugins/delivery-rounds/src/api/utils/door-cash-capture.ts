import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { guardDoorCashCaptureWorkflow } from "../../workflows/delivery/workflows/guard-door-cash-capture"

/** In front of Medusa's own `POST /admin/payments/:id/capture` (a core route: see guard-door-cash-capture). */
export async function doorCashCapture(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    await guardDoorCashCaptureWorkflow(req.scope).run({ input: { payment_id: req.params.id, user_id: req.auth_context.actor_id } })
    next()
  } catch (error) {
    next(error)
  }
}
