import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BASKET_MODULE } from "../modules/basket"
import type BasketModuleService from "../modules/basket/service"
import { basketDue } from "./basket-lead"
import { roundsOfCadence, type Cadence } from "./basket-schedule"
import { roundsServingBasket } from "./basket-rounds"
import { placeBasketWorkflow } from "../workflows/basket/workflows/place-basket"
import { recordBasketFailureWorkflow } from "../workflows/basket/workflows/record-basket-failure"

/**
 * Before a round's cutoff by each basket's lead (`dueOnly`: see basketLeadMs — a card basket a day
 * earlier than one paid on delivery), or all at once when the round is closed by hand before then:
 * each active basket the round serves, due by its cadence and not skipped, is placed (each in its own
 * workflow: one resident's refusal never stops the others). A basket already placed in the round is
 * found by its claim and left alone. A round past its cutoff takes no order any more (its baskets'
 * time was missed: the server down, the cutoff moved earlier): each resident is told it did not go in.
 */
export async function placeRoundBaskets(container: MedusaContainer, round: { id: string; cutoff_at: Date }, opts: { dueOnly?: boolean } = {}) {
  const tooLate = new Date(round.cutoff_at).getTime() <= Date.now()
  const service: BasketModuleService = container.resolve(BASKET_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const baskets = await service.listBaskets({ status: "active", created_at: { $lt: round.cutoff_at } }, { relations: ["skips", "placements"], take: null })
  const outcomes: { basket_id: string; placement_id: string | null; order_id: string | null; failed?: string }[] = []
  for (const basket of baskets) {
    if (basket.placements.some((p) => p.round_id === round.id)) continue
    if (basket.skips.some((s) => s.round_id === round.id)) continue
    if (opts.dueOnly && !tooLate && !basketDue(basket.payment, round.cutoff_at)) continue
    const rounds = await roundsServingBasket(container, basket, basket.created_at)
    if (!roundsOfCadence(basket.cadence as Cadence, rounds, basket.created_at, basket.cadence_from).has(round.id)) continue
    const input = { basket_id: basket.id, round_id: round.id }
    if (tooLate) {
      const reason = "round_closed: the round closed before the basket could be placed"
      const { result: placement_id } = await recordBasketFailureWorkflow(container).run({ input: { ...input, reason, line_reason: "round_closed" } })
      outcomes.push({ basket_id: basket.id, placement_id: placement_id as string | null, order_id: null, failed: reason })
      continue
    }
    const { result, errors } = await placeBasketWorkflow(container).run({ input, throwOnError: false })
    if (!errors?.length) {
      outcomes.push({ basket_id: basket.id, ...(result as { placement_id: string | null; order_id: string | null }) })
      continue
    }
    const reason = (errors[0].error as Error).message
    logger.warn(`Basket ${basket.id} not placed in round ${round.id}: ${reason}`)
    // A declined saved card: nothing of the basket is ordered or charged this round, and the resident is told why.
    const line_reason = reason.startsWith("card_declined") ? ("card_declined" as const) : undefined
    const { result: placement_id } = await recordBasketFailureWorkflow(container).run({ input: { ...input, reason, line_reason } })
    outcomes.push({ basket_id: basket.id, placement_id: placement_id as string | null, order_id: null, failed: reason })
  }
  return outcomes
}
