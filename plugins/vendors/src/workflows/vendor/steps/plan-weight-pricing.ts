import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { fromCents, toCents } from "../../../lib/money"
import { canSellByWeight, estimatePrice, WEIGHT_PRICING_KEY, type WeightPricing } from "../../../lib/weight-pricing"
import { refusal } from "@rbv/kit"

export const planWeightPricingStepId = "plan-vendor-weight-pricing"

export type WeightPricingInput = { price_per_kg: number; unit_grams: number; tolerance_percent: number } | null
type Plan = { metadata: Record<string, unknown>; variant_id: string | null; price: number | null }

/**
 * What selling a product by weight (or by the piece again) writes: the product's metadata with the
 * pricing in cents, and the one size's price set to the price of its estimated weight. A product
 * sold by weight has exactly one size (the weight is the size); anything else is refused, naming
 * the field.
 */
export const planWeightPricingStep = createStep(
  planWeightPricingStepId,
  async (input: { product: { id: string; metadata?: Record<string, unknown> | null; variants?: { id: string }[] | null }; weight_pricing: WeightPricingInput }) => {
    const { product, weight_pricing } = input
    if (!weight_pricing) {
      return new StepResponse<Plan>({ metadata: { ...(product.metadata ?? {}), [WEIGHT_PRICING_KEY]: null }, variant_id: null, price: null })
    }
    const variants = product.variants ?? []
    if (!canSellByWeight(variants)) {
      throw refusal(MedusaError.Types.INVALID_DATA, "weight_pricing_one_size", "weight_pricing: a product sold by weight has exactly one size; remove the others first", "weight_pricing")
    }
    const pricing: WeightPricing = { price_per_kg: toCents(weight_pricing.price_per_kg), unit_grams: weight_pricing.unit_grams, tolerance_percent: weight_pricing.tolerance_percent }
    const estimate = estimatePrice(pricing)
    if (estimate < 1) throw refusal(MedusaError.Types.INVALID_DATA, "weight_price_too_small", "weight_pricing: the estimated weight costs less than one cent", "weight_pricing")
    return new StepResponse<Plan>({ metadata: { ...(product.metadata ?? {}), [WEIGHT_PRICING_KEY]: pricing }, variant_id: variants[0].id, price: fromCents(estimate) })
  }
)
