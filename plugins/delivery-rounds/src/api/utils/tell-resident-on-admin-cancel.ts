import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IEventBusModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { cardBalance } from "../../lib/order-mail"
import { DeliveryEvents } from "../../workflows/events"

/**
 * In front of Medusa's own `POST /admin/orders/:id/cancel` (a core route: a core workflow hook
 * would take the host shop's one): once the coordinators' cancel has gone through, the resident
 * is told, with what the cancel gives back on the card (the card's balance just before it). Only
 * this route says it — a resident's own cancel and a maker's last part released write to the
 * resident themselves.
 */
export async function tellResidentOnAdminCancel(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const orderId = req.params.id
  let refunded: number
  try {
    refunded = await cardBalance(req.scope, orderId)
  } catch (error) {
    return next(error)
  }
  res.on("finish", () => {
    if (res.statusCode >= 300) return
    req.scope
      .resolve<IEventBusModuleService>(Modules.EVENT_BUS)
      .emit({ name: DeliveryEvents.ORDER_CANCELLED_BY_NETWORK, data: { id: orderId, refunded } })
      .catch(() => undefined)
  })
  next()
}
