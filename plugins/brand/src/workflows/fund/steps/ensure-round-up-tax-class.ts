import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { ROUNDUP_METADATA_KEY, ROUNDUP_PRODUCT_TYPE, ROUNDUP_TAX_RATE } from "../../../lib/round-up"

export const ensureRoundUpTaxClassStepId = "ensure-round-up-tax-class"

type Created = { product_type_id: string | null; tax_rate_ids: string[] }

/**
 * The round-up's product type and, in every tax region (country and province, so a province's
 * own default rate cannot win over it), a 0% rate for it: Medusa's tax calculation then gives
 * the round-up no VAT whenever it recalculates the cart. Made on first use, so a shop that adds
 * a tax region later gets it at the next round-up. Returns the product type's id.
 */
export const ensureRoundUpTaxClassStep = createStep(
  ensureRoundUpTaxClassStepId,
  async (_input: Record<string, never>, { container }) => {
    const products = container.resolve(Modules.PRODUCT)
    const tax = container.resolve(Modules.TAX)
    const created: Created = { product_type_id: null, tax_rate_ids: [] }
    const find = async () => (await products.listProductTypes({ value: ROUNDUP_PRODUCT_TYPE }, { take: 1 }))[0]
    let type = await find()
    if (!type) {
      try {
        ;[type] = await products.createProductTypes([{ value: ROUNDUP_PRODUCT_TYPE, metadata: { [ROUNDUP_METADATA_KEY]: true } }])
        created.product_type_id = type.id
      } catch (error) {
        // another cart made it at the same moment
        type = await find()
        if (!type) throw error
      }
    }
    const [regions, rates] = await Promise.all([
      tax.listTaxRegions({}, { take: null }),
      tax.listTaxRates({}, { take: null, relations: ["rules"] }),
    ])
    const ours = (rates as (typeof rates[number] & { rules?: { reference: string; reference_id: string }[] })[]).filter((r) =>
      (r.rules ?? []).some((rule) => rule.reference === "product_type" && rule.reference_id === type!.id)
    )
    const covered = new Set(ours.map((r) => r.tax_region_id))
    const missing = regions.filter((r) => !covered.has(r.id))
    if (missing.length) {
      const made = await tax.createTaxRates(
        missing.map((region) => ({
          ...ROUNDUP_TAX_RATE,
          tax_region_id: region.id,
          is_combinable: false,
          rules: [{ reference: "product_type", reference_id: type!.id }],
          metadata: { [ROUNDUP_METADATA_KEY]: true },
        }))
      )
      created.tax_rate_ids = made.map((r) => r.id)
    }
    return new StepResponse({ product_type_id: type.id, product_type: ROUNDUP_PRODUCT_TYPE }, created)
  },
  async (created, { container }) => {
    if (!created) return
    if (created.tax_rate_ids.length) await container.resolve(Modules.TAX).deleteTaxRates(created.tax_rate_ids)
    if (created.product_type_id) await container.resolve(Modules.PRODUCT).deleteProductTypes([created.product_type_id])
  }
)
