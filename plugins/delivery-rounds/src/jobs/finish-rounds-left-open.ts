import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"
import { canFinishRound } from "../modules/delivery/round-rules"
import { finishDeliveryRoundWorkflow } from "../workflows/delivery/workflows/finish-delivery-round"

// A round whose rider forgot «Chiudi il giro» after a failed door would stay on the road for good, and with it the
// residents' addresses and phones on its volunteers' screens. RBV_ROUND_FINISH_GRACE_H (default 6) hours after its
// end, a round with no door left to ride to is closed as the rider would have.
export default async function finishRoundsLeftOpen(container: MedusaContainer) {
  const graceH = Number(process.env.RBV_ROUND_FINISH_GRACE_H || 6)
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const due = await service.listDeliveryRounds({ status: "in_progress", ends_at: { $lte: new Date(Date.now() - graceH * 3_600_000) } }, { take: null })
  for (const round of due) {
    const stops = await service.listDeliveryStops({ round_id: round.id }, { take: null, select: ["id", "status"] })
    if (!canFinishRound(round.status, stops)) continue
    await finishDeliveryRoundWorkflow(container).run({ input: { round_id: round.id } })
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Round ${round.id} closed ${graceH} h after its end: no door left to ride to`)
  }
}

export const config = { name: "finish-delivery-rounds-left-open", schedule: "*/15 * * * *" }
