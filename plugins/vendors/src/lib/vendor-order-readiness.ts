// "Pronto" (packed and labelled) is the maker's own flag on its part of an order. It can be set
// and taken back while the goods are still in the workshop; once the round carrying them has
// started (or the part was delivered or cancelled) it is history and stays as it is. The same
// moment ends the maker's right to cancel its part: until then it can still say it cannot make it.
export type ReadinessInput = {
  status: string
  ready_at?: string | null
  handed_over_at?: string | null
  delivered?: boolean
}

/**
 * Where the part stands for the maker's lists: still to prepare, packed and waiting for the round,
 * gone (left with the round, or delivered), or cancelled.
 */
export const ORDER_STAGES = ["to_prepare", "ready", "gone", "cancelled"] as const
export type OrderStage = (typeof ORDER_STAGES)[number]

export type Readiness = { stage: OrderStage; can_mark_ready: boolean; can_unready: boolean; can_cancel: boolean; locked_reason: string | null }

export function readinessOf(order: ReadinessInput): Readiness {
  const locked_reason =
    order.status === "canceled"
      ? "This part of the order is cancelled"
      : order.delivered
        ? "This part of the order has been delivered"
        : order.handed_over_at
          ? "The round carrying this order has started: the goods have left the workshop"
          : null
  const stage: OrderStage =
    order.status === "canceled" ? "cancelled" : locked_reason ? "gone" : order.ready_at ? "ready" : "to_prepare"
  return {
    stage,
    can_mark_ready: !locked_reason && !order.ready_at,
    can_unready: !locked_reason && Boolean(order.ready_at),
    can_cancel: !locked_reason,
    locked_reason,
  }
}

/** Why a change of the "pronto" flag is refused (null when allowed): shown to the maker as is. */
export function whyReadyChangeRefused(order: ReadinessInput, ready: boolean): string | null {
  const { can_mark_ready, can_unready, locked_reason } = readinessOf(order)
  if (ready ? can_mark_ready : can_unready) return null
  if (locked_reason) return `${locked_reason}: it can no longer be marked as ${ready ? "ready" : "not ready"}`
  return ready ? "This order is already marked ready" : "This order is not marked ready"
}


/** whyCancelRefused's words in Italian, for Medusa's own Cancel in the admin (its toast shows the message as it comes). */
export const CANCEL_REFUSED_IT: Record<string, string> = {
  order_cancelled: "Questa parte dell'ordine è già annullata",
  order_delivered: "Questa parte dell'ordine è stata consegnata: non si può più annullare",
  order_handed_over: "Il giro che porta questo ordine è partito: la merce ha lasciato la bottega",
}

/** Why a part cannot be cancelled (null when it can): the refusal's code and message. */
export function whyCancelRefused(order: ReadinessInput): { code: string; message: string } | null {
  if (order.status === "canceled") return { code: "order_cancelled", message: "This part of the order is already cancelled" }
  if (order.delivered) return { code: "order_delivered", message: "This part of the order has been delivered: it can no longer be cancelled" }
  if (order.handed_over_at) return { code: "order_handed_over", message: "The round carrying this order has started: the goods have left the workshop" }
  return null
}
