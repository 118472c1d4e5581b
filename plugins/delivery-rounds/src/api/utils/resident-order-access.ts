import { createHash, timingSafeEqual } from "node:crypto"
import { authenticate, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

// Same rule as the vendors plugin's guard of Medusa's store order routes: an order is read by its
// signed-in customer, or by the browser that paid, which shows the id of the cart it came from.
export const ORDER_SECRET_HEADER = "x-rbv-order-secret"

const digest = (value: string) => createHash("sha256").update(value).digest()

async function residentMayReadOrder(req: MedusaRequest, orderId: string): Promise<boolean> {
  const auth = (req as any).auth_context as { actor_type?: string; actor_id?: string } | undefined
  const customerId = auth?.actor_type === "customer" ? auth.actor_id : undefined
  const secret = req.get(ORDER_SECRET_HEADER)
  if (!customerId && !secret) return false
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "customer_id", "cart.id"], filters: { id: orderId } })
  const order = data[0] as { customer_id?: string | null; cart?: { id?: string } | null } | undefined
  if (!order) return false
  if (customerId && order.customer_id === customerId) return true
  return Boolean(secret && order.cart?.id && timingSafeEqual(digest(secret), digest(order.cart.id)))
}

const customerIfAny = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

/** Someone else's order (or one that does not exist) answers 404 on `/store/delivery-rounds/orders/:order_id`. */
export const residentOrderOnly = (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
  customerIfAny(req as any, res, async (error?: unknown) => {
    if (error) return next(error)
    try {
      if (await residentMayReadOrder(req, req.params.order_id)) return next()
      next(new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.order_id} has no delivery round`))
    } catch (e) {
      next(e)
    }
  })
