import type { MedusaContainer } from "@medusajs/framework/types"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"
import type { RoundStatus } from "../modules/delivery/round-rules"
import { changeDeliveryRoundStatusWorkflow } from "../workflows/delivery/workflows/change-delivery-round-status"
import { releaseUnconfirmedBaskets } from "./basket-confirmation"
import { placeRoundBaskets } from "./place-round-baskets"

/**
 * A round's status changed by the coordinators or at its cutoff. An open round that closes first
 * places the weekly baskets it is due to carry, while it still takes orders (a coordinator closing
 * it before their placing time would otherwise skip them silently); past its cutoff it can take
 * none, and their residents are told; so are those whose card payment still waited for them. Each
 * basket goes into a round once, however often it closes.
 */
export async function changeRoundStatus(container: MedusaContainer, roundId: string, status: RoundStatus) {
  if (status === "closed") {
    const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
    const [round] = await service.listDeliveryRounds({ id: roundId }, { take: 1 })
    if (round?.status === "open") await placeRoundBaskets(container, round)
    // A basket whose card payment still waits for its resident cannot go in once the round closes.
    await releaseUnconfirmedBaskets(container, roundId)
  }
  return changeDeliveryRoundStatusWorkflow(container).run({ input: { round_id: roundId, status } })
}
