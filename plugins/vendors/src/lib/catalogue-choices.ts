import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** A VAT class is a product type of the network; its rate is what the tax module applies to it. */
export type VatClass = { id: string; name: string; rate: number | null; code: string | null }
export type CatalogueCategory = {
  id: string
  name: string
  handle: string
  parent_category_id: string | null
  /** The VAT class most of the category's products already have: the likely one for a new product. */
  suggested_vat_class_id: string | null
}

type TaxRate = { rate: number | null; code: string | null; is_default: boolean; rules?: { reference: string; reference_id: string }[] }

/** "Alimentari IVA 10%" → "Alimentari": the rate is told by the tax module, never by a type's name. */
export function vatClassName(typeValue: string): string {
  const name = typeValue
    .replace(/\s*\d+(?:[.,]\d+)?\s*%\s*$/, "")
    .replace(/\s+IVA$/i, "")
    .trim()
  return name || typeValue
}

/** The rate a product of this type gets: a rate with a rule on the type, else the region's default. */
export function rateForType(typeId: string, rates: TaxRate[]): TaxRate | null {
  const ruled = rates.find((r) => !r.is_default && r.rules?.some((rule) => rule.reference === "product_type" && rule.reference_id === typeId))
  return ruled ?? rates.find((r) => r.is_default) ?? null
}

/** The value that occurs most often (the first one seen on a tie), or null for none. */
export function mostCommon(values: (string | null | undefined)[]): string | null {
  const counts = new Map<string, number>()
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1)
  let best: string | null = null
  for (const [value, count] of counts) if (best === null || count > counts.get(best)!) best = value
  return best
}

/** The network's VAT classes, with the rate of its (first) country, alphabetically. */
export async function listVatClasses(scope: MedusaContainer): Promise<VatClass[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions } = await query.graph({ entity: "region", fields: ["countries.iso_2"] })
  const countries = [...new Set(regions.flatMap((r: any) => (r.countries ?? []).map((c: { iso_2: string }) => c.iso_2)))].sort()
  const { data: taxRegions } = countries.length
    ? await query.graph({
        entity: "tax_region",
        fields: ["country_code", "province_code", "tax_rates.rate", "tax_rates.code", "tax_rates.is_default", "tax_rates.rules.reference", "tax_rates.rules.reference_id"],
        filters: { country_code: countries },
      })
    : { data: [] }
  const country = taxRegions
    .filter((t: any) => !t.province_code)
    .sort((a: any, b: any) => countries.indexOf(a.country_code) - countries.indexOf(b.country_code))[0]
  const rates: TaxRate[] = (country?.tax_rates ?? []).filter(Boolean)
  const { data: types } = await query.graph({ entity: "product_type", fields: ["id", "value"] })
  return types
    .map((type: { id: string; value: string }) => {
      const rate = rateForType(type.id, rates)
      return { id: type.id, name: vatClassName(type.value), rate: rate?.rate ?? null, code: rate?.code ?? null }
    })
    .sort((a, b) => a.name.localeCompare(b.name, "it"))
}

/** The categories residents browse (active, public), alphabetically, each with its likely VAT class. */
export async function listCatalogueCategories(scope: MedusaContainer): Promise<CatalogueCategory[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_category",
    fields: ["id", "name", "handle", "parent_category_id", "products.type_id"],
    filters: { is_active: true, is_internal: false },
  })
  return data
    .map((c: any) => ({
      id: c.id,
      name: c.name,
      handle: c.handle,
      parent_category_id: c.parent_category_id ?? null,
      suggested_vat_class_id: mostCommon((c.products ?? []).map((p: { type_id?: string | null } | null) => p?.type_id)),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "it"))
}
