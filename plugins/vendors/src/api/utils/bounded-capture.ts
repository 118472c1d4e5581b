import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { boundPaymentCaptureWorkflow } from "../../workflows/vendor/workflows/bound-payment-capture"

/**
 * On Medusa's own `POST /admin/payments/:id/capture` (already validated by the core): our bound
 * runs first — no capture before the weighing, none above what is due (see plan-payment-capture).
 */
export async function boundedCapture(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const amount = ((req as { validatedBody?: { amount?: number } }).validatedBody ?? (req.body as { amount?: number } | undefined))?.amount
    await boundPaymentCaptureWorkflow(req.scope).run({ input: { payment_id: req.params.id, amount: typeof amount === "number" ? amount : null, user_id: req.auth_context.actor_id } })
    next()
  } catch (error) {
    next(error)
  }
}
