import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IEventBusModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { DeliveryEvents } from "../../workflows/events"

/**
 * In front of Medusa's own `POST /admin/orders/:id/cancel` (a core route: a core workflow hook
 * would take the host shop's one): once the coordinators' cancel has gone through, the resident
 * is told. Only this route says it — a resident's own cancel and a maker's last part released
 * write to the resident themselves.
 */
export function tellResidentOnAdminCancel(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const orderId = req.params.id
  res.on("finish", () => {
    if (res.statusCode >= 300) return
    req.scope
      .resolve<IEventBusModuleService>(Modules.EVENT_BUS)
      .emit({ name: DeliveryEvents.ORDER_CANCELLED_BY_NETWORK, data: { id: orderId } })
      .catch(() => undefined)
  })
  next()
}
