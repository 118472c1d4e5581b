import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { BRAND_MODULE } from "../../../modules/brand"
import type BrandModuleService from "../../../modules/brand/service"
import { BreakdownError, priceBreakdown } from "../../../lib/price-breakdown"
import { brandOfProducts } from "../../../lib/product-brand"
import { refusal } from "@rbv/kit"

export type ProductClaimInput = {
  vendor_id: string
  product_id: string
  criteria: string[]
  parts?: { materials?: number; labour?: number } | null
}

export const validateProductClaimStepId = "validate-product-claim"

/**
 * A shop speaks only for its own products (someone else's answers 404, like a missing one),
 * claims only criteria of the charter in force, and states parts that fit inside every one of
 * the product's euro prices once the network's shares and VAT are taken out.
 */
export const validateProductClaimStep = createStep(validateProductClaimStepId, async (input: ProductClaimInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "vendor.id", "variants.prices.amount", "variants.prices.currency_code"],
    filters: { id: input.product_id },
  })
  const product = products[0] as any
  if (!product || product.vendor?.id !== input.vendor_id) {
    throw refusal(MedusaError.Types.NOT_FOUND, "product_not_found", `Product ${input.product_id} was not found`, "product_id")
  }
  const service: BrandModuleService = container.resolve(BRAND_MODULE)
  const charter = await service.currentCharter()
  const keys = new Set((charter?.criteria ?? []).map((c) => c.key))
  const unknown = input.criteria.find((k) => !keys.has(k))
  if (unknown) throw refusal(MedusaError.Types.INVALID_DATA, "unknown_criterion", `criteria: "${unknown}" is not a criterion of the charter in force`, "criteria")

  if (input.parts && (input.parts.materials !== undefined || input.parts.labour !== undefined)) {
    const brand = (await brandOfProducts(container, [input.product_id])).get(input.product_id)!
    const prices: number[] = (product.variants ?? [])
      .flatMap((v: any) => v.prices ?? [])
      .filter((p: any) => p.currency_code === "eur")
      .map((p: any) => Math.round(Number(p.amount) * 100))
    if (!prices.length) throw refusal(MedusaError.Types.INVALID_DATA, "no_price_to_break_down", "parts: the product has no euro price to break down", "parts")
    try {
      priceBreakdown(Math.min(...prices), brand.rates, input.parts)
    } catch (e) {
      if (e instanceof BreakdownError) throw refusal(MedusaError.Types.INVALID_DATA, "parts_too_high", e.message, "parts")
      throw e
    }
  }
  return new StepResponse(true)
})
