import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setCartRoundUpWorkflow } from "../../../../workflows/fund/workflows/set-cart-round-up"
import type { StoreSetRoundUp } from "../validators"

// The resident's optional round-up for the fund, as a line of the cart they pay.
export const POST = async (req: MedusaRequest<StoreSetRoundUp>, res: MedusaResponse) => {
  const { result } = await setCartRoundUpWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ round_up: result })
}
