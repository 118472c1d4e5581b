import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyTranslations } from "@medusajs/framework/utils"
import { BRAND_MODULE } from "../../../../modules/brand"
import type BrandModuleService from "../../../../modules/brand/service"
import { submitAdherenceWorkflow } from "../../../../workflows/certification/workflows/submit-adherence"
import { charterView } from "../../../charter-view"
import { shopOfRequest } from "@rbv/kit"
import type { VendorSubmitAdherence } from "../validators"

async function adherenceOf(req: AuthenticatedMedusaRequest, vendorId: string) {
  const service: BrandModuleService = req.scope.resolve(BRAND_MODULE)
  const charter = await service.currentCharter()
  if (charter && req.locale) await applyTranslations({ localeCode: req.locale, objects: charter.criteria, container: req.scope })
  const certs = await service.listCertifications({ vendor_id: vendorId }, { order: { submitted_at: "DESC" } })
  const now = new Date()
  const active = certs.find((c) => c.status === "approved" && c.valid_until && new Date(c.valid_until) > now) ?? null
  const current = charter ? (certs.find((c) => c.charter_version_id === charter.id) ?? null) : null
  const versionIds = [...new Set(certs.map((c) => c.charter_version_id))]
  const versions = new Map((versionIds.length ? await service.listCharterVersions({ id: versionIds }) : []).map((v) => [v.id, v.version]))
  const view = (c: any) => c && { ...c, charter_version: versions.get(c.charter_version_id) ?? null }
  return {
    charter: charterView(charter),
    // the submission for the charter in force (what the form edits), and the certificate in force
    certification: view(current),
    certificate: view(active),
    certified: Boolean(active),
    // a shop certified under an older version keeps its mark until its certificate ends, and is asked to renew
    renewal_required: Boolean(charter && active && active.charter_version_id !== charter.id && current?.status !== "approved"),
  }
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const vendor = shopOfRequest(req)
  res.json(await adherenceOf(req, vendor.id))
}

export const POST = async (req: AuthenticatedMedusaRequest<VendorSubmitAdherence>, res: MedusaResponse) => {
  const vendor = shopOfRequest(req)
  await submitAdherenceWorkflow(req.scope).run({ input: { vendor_id: vendor.id, adherence: req.validatedBody.adherence } })
  res.status(201).json(await adherenceOf(req, vendor.id))
}
