import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"
import { changeRoundStatus } from "../lib/close-round"

// Checkout already refuses a round past its cutoff; closing it also removes its shipping options, and
// tells the residents whose weekly basket its placing job never reached.
export default async function closeRoundsAtCutoff(container: MedusaContainer) {
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const due = await service.listDeliveryRounds({ status: "open", cutoff_at: { $lte: new Date() } }, { take: null })
  for (const round of due) {
    await changeRoundStatus(container, round.id, "closed")
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Round ${round.id} closed at its cutoff (pid ${process.pid})`)
  }
}

// Every 5 minutes; RBV_ROUND_CUTOFF_SCHEDULE (a cron expression, seconds allowed) for tests.
export const config = { name: "close-delivery-rounds-at-cutoff", schedule: process.env.RBV_ROUND_CUTOFF_SCHEDULE || "*/5 * * * *" }
