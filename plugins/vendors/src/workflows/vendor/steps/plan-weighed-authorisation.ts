import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { fromCents, toCents } from "../../../lib/money"
import { toleranceOf, weightPricingOf } from "../../../lib/weight-pricing"
import { CASH_PROVIDER_ID } from "../../payout/steps/find-cash-payment"

export const planWeighedAuthorisationStepId = "plan-weighed-authorisation"

/**
 * How much a cart's payment session authorises: its total, and for a card also the tolerance of
 * every line sold by weight (the resident agreed to pay the real weight up to that much; the
 * weighed amount is captured after packing). Pay on delivery authorises the total: the amount to
 * collect is the order's total once weighed. Null when the collection already asks for that.
 */
export const planWeighedAuthorisationStep = createStep(
  planWeighedAuthorisationStepId,
  async (input: { payment_collection_id: string; provider_id?: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: links } = await query.graph({ entity: "cart_payment_collection", fields: ["cart_id"], filters: { payment_collection_id: input.payment_collection_id } })
    const cartId = (links[0] as { cart_id?: string } | undefined)?.cart_id
    if (!cartId) return new StepResponse(null)
    const [{ data: carts }, { data: collections }] = await Promise.all([
      query.graph({ entity: "cart", fields: ["id", "total", "items.*"], filters: { id: cartId } }),
      query.graph({ entity: "payment_collection", fields: ["id", "amount", "status"], filters: { id: input.payment_collection_id } }),
    ])
    const cart = carts[0] as any
    const collection = collections[0] as any
    if (!cart || !collection || collection.status !== "not_paid") return new StepResponse(null)
    const productIds = [...new Set<string>((cart.items ?? []).map((i: any) => i.product_id).filter(Boolean))]
    const { data: products } = productIds.length ? await query.graph({ entity: "product", fields: ["id", "metadata"], filters: { id: productIds } }) : { data: [] as any[] }
    const pricing = new Map(products.map((p: any) => [p.id, weightPricingOf(p.metadata)]))
    const tolerance =
      input.provider_id && input.provider_id !== CASH_PROVIDER_ID
        ? (cart.items ?? []).reduce((sum: number, i: any) => {
            const wp = pricing.get(i.product_id)
            return wp ? sum + toleranceOf(toCents(i.unit_price) * Number(i.quantity), wp.tolerance_percent) : sum
          }, 0)
        : 0
    const amount = toCents(cart.total) + tolerance
    return new StepResponse(amount === toCents(collection.amount) ? null : { id: collection.id as string, amount: fromCents(amount) })
  }
)
