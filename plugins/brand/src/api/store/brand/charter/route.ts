import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { publicCharter } from "../../../charter-view"

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json(await publicCharter(req.scope, req.locale))
}
