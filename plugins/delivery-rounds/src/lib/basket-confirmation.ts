import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refusal } from "@rbv/kit"
import { BASKET_MODULE } from "../modules/basket"
import type BasketModuleService from "../modules/basket/service"
import { confirmBasketPlacementWorkflow } from "../workflows/basket/workflows/confirm-basket-placement"
import { releaseBasketPlacementWorkflow } from "../workflows/basket/workflows/release-basket-placement"

const codeOf = (error: any) => String(error?.code ?? error?.message?.split(":")[0] ?? "")
// The round refusing the order (OUR completion's codes): the basket cannot go in, whatever the resident does.
const ROUND_REFUSAL = /^(round_|batch_sold_out$)/

/**
 * The resident came back and confirmed their card payment with their bank: the basket's order is
 * placed. Not confirmed yet with the bank → refused (they may try again until the cutoff). The round
 * past its cutoff, or refusing the order (full, a batch taken meanwhile) → the placement is released:
 * the card payment cancelled, the resident told what was not placed; the answer says so. Any other
 * failure is answered as is and the placement keeps waiting (the round's close releases it).
 */
export async function confirmBasketPlacement(container: MedusaContainer, customerId: string, placementId: string) {
  const { result, errors } = await confirmBasketPlacementWorkflow(container).run({ input: { customer_id: customerId, placement_id: placementId }, throwOnError: false })
  if (!errors?.length) return { status: "placed" as const, order_id: (result as { order_id: string }).order_id }
  const error = errors[0].error as any
  const code = codeOf(error)
  if (code === "placement_not_found" || code === "placement_not_awaiting") throw refusal(error.type ?? MedusaError.Types.NOT_ALLOWED, code, error.message, "id")
  if (/was not authorized with the provider/.test(error.message ?? "")) {
    throw refusal(MedusaError.Types.NOT_ALLOWED, "payment_not_confirmed", "payment: your bank has not confirmed the payment yet", "payment")
  }
  const late = code === "confirmation_too_late"
  if (!late && !ROUND_REFUSAL.test(code)) throw error instanceof Error ? error : refusal(error?.type ?? MedusaError.Types.NOT_ALLOWED, code || "not_allowed", String(error?.message ?? error))
  const reason = late ? "not_confirmed: the round closed its orders before the payment was confirmed" : `checkout_refused: ${error.message}`
  container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Basket placement ${placementId} released: ${reason}`)
  await releaseBasketPlacementWorkflow(container).run({ input: { placement_id: placementId, reason, line_reason: late ? "not_confirmed" : "checkout_refused" } })
  return { status: "failed" as const, order_id: null, reason }
}

/** A round closing: every basket of it still waiting for its resident's confirmation is released and told. */
export async function releaseUnconfirmedBaskets(container: MedusaContainer, roundId: string) {
  const service: BasketModuleService = container.resolve(BASKET_MODULE)
  const waiting = await service.listBasketPlacements({ round_id: roundId, status: "awaiting_confirmation" }, { take: null })
  for (const placement of waiting) {
    await releaseBasketPlacementWorkflow(container).run({
      input: { placement_id: placement.id, reason: "not_confirmed: the round closed its orders before the payment was confirmed", line_reason: "not_confirmed" },
    })
  }
  return waiting.length
}

/**
 * Stripe told us (through Medusa's payment webhook) that a card payment can be captured: if it is
 * the one of a basket waiting for its resident — who confirmed with their bank and closed the tab
 * before the page confirmed — its order is placed, as the page would have. Once: the page's
 * confirmation and this one take the same locks and the second finds the placement placed.
 * Anything else (another cart's payment, a placement already placed or released) → null.
 */
export async function confirmBasketPlacementOfPayment(container: MedusaContainer, sessionId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sessions } = await query.graph({ entity: "payment_session", fields: ["payment_collection_id"], filters: { id: sessionId } })
  const collectionId = (sessions[0] as any)?.payment_collection_id
  if (!collectionId) return null
  const { data: carts } = await query.graph({ entity: "cart_payment_collection", fields: ["cart_id"], filters: { payment_collection_id: collectionId } })
  const cartId = (carts[0] as any)?.cart_id
  if (!cartId) return null
  const service: BasketModuleService = container.resolve(BASKET_MODULE)
  const [placement] = await service.listBasketPlacements({ cart_id: cartId, status: "awaiting_confirmation" }, { relations: ["basket"], take: 1 })
  if (!placement) return null
  try {
    return await confirmBasketPlacement(container, placement.basket.customer_id, placement.id)
  } catch (error: any) {
    // Placed meanwhile by the page (placement_not_awaiting), or Stripe's event came before the bank's answer.
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Basket placement ${placement.id}: payment webhook placed nothing (${codeOf(error)})`)
    return null
  }
}
