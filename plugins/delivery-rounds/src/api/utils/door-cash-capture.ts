import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { guardDoorCashCaptureWorkflow } from "../../workflows/delivery/workflows/guard-door-cash-capture"

/** In front of Medusa's own `POST /admin/payments/:id/capture` (a core route: see guard-door-cash-capture). */
export async function doorCashCapture(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    await guardDoorCashCaptureWorkflow(req.scope).run({ input: { payment_id: req.params.id } })
    next()
  } catch (error) {
    next(error)
  }
}
