import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { longestBasketLeadMs } from "../lib/basket-lead"
import { placeRoundBaskets } from "../lib/place-round-baskets"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"

// The weekly baskets of each open round whose cutoff comes within their lead (a day for a saved
// card, minutes on delivery): placed through the checkout while the round still takes orders (each
// basket once: a second run finds its claim).
export default async function placeBasketsBeforeCutoff(container: MedusaContainer) {
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const now = new Date()
  const rounds = await service.listDeliveryRounds({ status: "open", cutoff_at: { $gt: now, $lte: new Date(now.getTime() + longestBasketLeadMs()) } }, { take: null })
  for (const round of rounds) {
    const outcomes = await placeRoundBaskets(container, round, { dueOnly: true })
    if (outcomes.length) container.resolve(ContainerRegistrationKeys.LOGGER).info(`Round ${round.id}: ${outcomes.length} weekly basket(s) placed before its cutoff`)
  }
}

// Every 5 minutes, as the round cutoff job; RBV_BASKET_SCHEDULE (a cron expression, seconds allowed) for tests.
export const config = { name: "place-weekly-baskets-before-cutoff", schedule: process.env.RBV_BASKET_SCHEDULE || "*/5 * * * *" }
