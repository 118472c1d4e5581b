import { createHash, timingSafeEqual } from "node:crypto"
import { authenticate, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refusal } from "./errors/refusal"

/**
 * A guest proves an order is theirs with the id of the cart it came from: the storefront kept
 * that id in an httpOnly cookie of the browser that paid, and nothing of ours hands a cart id to
 * anyone else (makers' orders, stops and payouts carry none).
 */
export const ORDER_SECRET_HEADER = "x-rbv-order-secret"

const digest = (value: string) => createHash("sha256").update(value).digest()
const sameSecret = (a: string, b: string) => timingSafeEqual(digest(a), digest(b))

/** Whether the caller is the resident who placed this order: its signed-in customer, or its buyer's browser. */
export async function residentMayReadOrder(req: MedusaRequest, orderId: unknown): Promise<boolean> {
  const auth = (req as any).auth_context as { actor_type?: string; actor_id?: string } | undefined
  const customerId = auth?.actor_type === "customer" ? auth.actor_id : undefined
  const secret = req.get(ORDER_SECRET_HEADER)
  if (typeof orderId !== "string" || !orderId || (!customerId && !secret)) return false
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "customer_id", "cart.id"], filters: { id: orderId } })
  const order = data[0] as { customer_id?: string | null; cart?: { id?: string } | null } | undefined
  if (!order) return false
  if (customerId && order.customer_id === customerId) return true
  return Boolean(secret && order.cart?.id && sameSecret(secret, order.cart.id))
}

const customerIfAny = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

/**
 * Medusa's store order routes answer whoever knows an order id. Guarded, someone else's order
 * answers exactly as a missing one: 404.
 */
export const residentOrderOnly =
  (orderIdOf: (req: MedusaRequest) => unknown) => (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
    customerIfAny(req as any, res, async (error?: unknown) => {
      if (error) return next(error)
      try {
        const orderId = orderIdOf(req)
        if (await residentMayReadOrder(req, orderId)) return next()
        next(refusal(MedusaError.Types.NOT_FOUND, "order_not_found", `Order with id: ${String(orderId)} was not found`, "id"))
      } catch (e) {
        next(e)
      }
    })
