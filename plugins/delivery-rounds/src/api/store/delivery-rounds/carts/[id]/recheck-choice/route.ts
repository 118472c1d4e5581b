import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dropRefusedRoundChoiceWorkflow } from "../../../../../../workflows/checkout/workflows/drop-refused-round-choice"

/**
 * POST /store/delivery-rounds/carts/:id/recheck-choice → { cart_id, dropped: [{ shipping_method_id, round_id, code }] }
 * The storefront calls it after saving the address: a round choice the new address (or the
 * round's state) no longer allows is removed, with the reason, for the resident to choose again.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const { result } = await dropRefusedRoundChoiceWorkflow(req.scope).run({ input: { cart_id: req.params.id } })
  res.json({ cart_id: req.params.id, dropped: result })
}
