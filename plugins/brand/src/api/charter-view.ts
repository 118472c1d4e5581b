import type { MedusaContainer } from "@medusajs/framework/types"
import { applyTranslations, ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BRAND_MODULE } from "../modules/brand"
import type BrandModuleService from "../modules/brand/service"

export const charterView = (c: any) =>
  c ? { id: c.id, version: c.version, criteria: c.criteria, notes: c.notes, published_at: c.published_at } : null

/**
 * The charter in force — its criteria in the resident's language where the coordinators translated
 * them (Medusa's Translation Module), in Italian elsewhere — and the makers certified under any
 * version whose certificate runs today.
 */
export async function publicCharter(scope: MedusaContainer, locale?: string) {
  const service: BrandModuleService = scope.resolve(BRAND_MODULE)
  const charter = await service.currentCharter()
  if (charter && locale) await applyTranslations({ localeCode: locale, objects: charter.criteria, container: scope })
  const certs = await service.listCertifications({ status: "approved", valid_until: { $gt: new Date() } })
  const ids = [...new Set(certs.map((c) => c.vendor_id))]
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: vendors } = ids.length
    ? await query.graph({ entity: "vendor", fields: ["id", "handle", "name", "craft", "status"], filters: { id: ids } })
    : { data: [] as any[] }
  const until = new Map(certs.map((c) => [c.vendor_id, c.valid_until]))
  const makers = (vendors as any[])
    .filter((v) => v.status === "approved")
    .map((v) => ({ id: v.id, handle: v.handle, name: v.name, craft: v.craft, certified_until: until.get(v.id) }))
    .sort((a, b) => a.name.localeCompare(b.name, "it"))
  return { charter: charterView(charter), makers }
}
