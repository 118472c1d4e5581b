import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DELIVERY_MODULE } from "../modules/delivery"
import type DeliveryModuleService from "../modules/delivery/service"
import { orderOfCart } from "../workflows/checkout/complete-round-cart-alone"

// A checkout that claimed a drop and then failed without giving it back (its completion cut short)
// would keep the round "full" for good. Every minute, on the worker, claims older than
// RBV_DROP_CLAIM_STALE_S (default 5 minutes) with no order: a cart that has its order after all
// hands the claim to it, any other gives the drop back.
export default async function releaseStaleDropClaims(container: MedusaContainer) {
  const staleAfterS = Number(process.env.RBV_DROP_CLAIM_STALE_S || 300)
  const service: DeliveryModuleService = container.resolve(DELIVERY_MODULE)
  const locking = container.resolve(Modules.LOCKING)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const stale = await service.listDeliveryDropClaims({ order_id: null, created_at: { $lt: new Date(Date.now() - staleAfterS * 1000) } }, { take: 100 })
  for (const claim of stale) {
    // Under the cart's completion lock: a checkout of that cart still running keeps its claim.
    await locking
      .execute(
        claim.cart_id,
        async () => {
          const orderId = await orderOfCart(container, claim.cart_id)
          if (orderId) return service.updateDeliveryDropClaims({ id: claim.id, order_id: orderId })
          if (await service.releaseDropClaim(claim.round_id, claim.cart_id)) {
            logger.info(`Round ${claim.round_id}: the drop claimed by cart ${claim.cart_id}, which has no order, given back`)
          }
        },
        { timeout: 1, expire: 10 }
      )
      // The cart busy (its checkout running) or a failure: the claim waits for the next sweep.
      .catch((err: Error) => logger.warn(`Drop claim ${claim.id} left to the next sweep (${err?.message ?? err})`))
  }
}

export const config = { name: "release-stale-drop-claims", schedule: process.env.RBV_DROP_CLAIM_SWEEP_SCHEDULE || "* * * * *" }
