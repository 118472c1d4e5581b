import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { completeRoundCartWorkflow } from "./workflows/complete-round-cart"

// The cart's lock is the key Medusa's own completion and payment webhook lock (the cart id), so
// they exclude each other; held as a lease renewed while the completion runs and released when it
// returns, however it ended — a fixed TTL outlived completions that never finished (409s, then a
// retried checkout waiting two minutes for the lock) and a process that died.
const CART_LEASE_S = 10
const LOCK_WAIT_S = 30

type CompletionError = Error & { type?: string; code?: string }
/** The cart's order; or another completion holds the cart and made none (yet); or why it failed. */
export type RoundCartCompletion = { order_id: string } | { conflict: true } | { error: CompletionError }

/**
 * Completes a resident's cart for a delivery round, one completion of a cart at a time across
 * every server. Whatever happened to another completion of the same cart (a second click, a
 * second server, the payment webhook), a cart that has its order answers with it.
 */
export async function completeRoundCart(container: MedusaContainer, cartId: string): Promise<RoundCartCompletion> {
  const locking = container.resolve(Modules.LOCKING)
  const outcome = await locking
    .execute(cartId, () => completeRoundCartWorkflow(container).run({ input: { id: cartId }, throwOnError: false }), {
      timeout: LOCK_WAIT_S,
      expire: CART_LEASE_S,
    })
    .catch((error: Error) => ({ lockError: error }) as const)
  if ("lockError" in outcome) {
    // Another completion of this cart held it all along: its order, if it made one.
    const orderId = await orderOfCart(container, cartId)
    return orderId ? { order_id: orderId } : { conflict: true }
  }
  const { errors, result, transaction } = outcome
  if (transaction.hasFinished() && !errors?.length) return { order_id: (result as { id: string }).id }
  const orderId = await orderOfCart(container, cartId)
  if (orderId) return { order_id: orderId }
  if (!transaction.hasFinished()) return { conflict: true }
  return { error: errors![0].error as CompletionError }
}

/** The order a cart was completed into, if any (Medusa links them when the order is made). */
export async function orderOfCart(container: MedusaContainer, cartId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
  return (data[0]?.order_id as string | undefined) ?? null
}
