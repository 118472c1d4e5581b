import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { publishCharterWorkflow } from "../../../../../../workflows/charter/workflows/publish-charter"

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await publishCharterWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ charter: result })
}
