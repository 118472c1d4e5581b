import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BRAND_MODULE } from "../../../../modules/brand"
import type BrandModuleService from "../../../../modules/brand/service"

// Every submission with its shop and charter version, newest first; ?status= narrows it. Each
// criterion answered carries its title in the version the shop answered (people read names, not keys).
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: BrandModuleService = req.scope.resolve(BRAND_MODULE)
  const status = typeof req.query.status === "string" ? req.query.status : undefined
  const certs = await service.listCertifications(status ? { status: status as any } : {}, { order: { submitted_at: "DESC" } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const vendorIds = [...new Set(certs.map((c) => c.vendor_id))]
  const { data: vendors } = vendorIds.length
    ? await query.graph({ entity: "vendor", fields: ["id", "name", "handle"], filters: { id: vendorIds } })
    : { data: [] as any[] }
  const versionIds = [...new Set(certs.map((c) => c.charter_version_id))]
  const versions = versionIds.length ? await service.charterVersions({ id: versionIds }) : []
  const vendorOf = new Map((vendors as any[]).map((v) => [v.id, v]))
  const versionOf = new Map(versions.map((v) => [v.id, v.version]))
  const titlesOf = new Map(versions.map((v) => [v.id, new Map(v.criteria.map((c) => [c.key, c.title]))]))
  const titled = (c: (typeof certs)[number]) =>
    ((c.adherence ?? []) as unknown as { criterion_key: string }[]).map((a) => ({ ...a, title: titlesOf.get(c.charter_version_id)?.get(a.criterion_key) ?? a.criterion_key }))
  res.json({
    certifications: certs.map((c) => ({
      ...c,
      adherence: titled(c),
      vendor: vendorOf.get(c.vendor_id) ?? null,
      charter_version: versionOf.get(c.charter_version_id) ?? null,
    })),
  })
}
