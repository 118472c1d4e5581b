import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { authoriseWeighedToleranceWorkflow } from "../../workflows/vendor/workflows/authorise-weighed-tolerance"

/**
 * On Medusa's own `POST /store/payment-collections/:id/payment-sessions`: a card authorises the
 * estimate of the products sold by weight plus their tolerance (the core route then creates the
 * session for the collection's amount). Runs our workflow first instead of a core workflow hook.
 */
export async function weighedAuthorisation(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const provider_id = (req.body as { provider_id?: unknown } | undefined)?.provider_id
    await authoriseWeighedToleranceWorkflow(req.scope).run({
      input: { payment_collection_id: req.params.id, provider_id: typeof provider_id === "string" ? provider_id : undefined },
    })
    next()
  } catch (error) {
    next(error)
  }
}
