import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BRAND_MODULE } from "../../../../modules/brand"
import type BrandModuleService from "../../../../modules/brand/service"
import { saveCharterDraftWorkflow } from "../../../../workflows/charter/workflows/save-charter-draft"
import type { AdminSaveCharter } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: BrandModuleService = req.scope.resolve(BRAND_MODULE)
  res.json({ charters: await service.charterVersions({}, { order: { version: "DESC" } }) })
}

// Creates the next version as a draft, or edits the draft there is.
export const POST = async (req: AuthenticatedMedusaRequest<AdminSaveCharter>, res: MedusaResponse) => {
  const { result } = await saveCharterDraftWorkflow(req.scope).run({ input: req.validatedBody as any })
  res.json({ charter: result })
}
