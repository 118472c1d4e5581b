import { useEffect, useState } from "react"
import { adminFetch } from "./sdk"

export type Part = { id: string; display_id: number; stage: "to_prepare" | "ready" | "gone" | "cancelled"; total: number; cancel_reason: string | null; vendor: { name: string } | null }
/** GET /admin/orders/:id/parts: a resident's order's parts, or a part's resident order (`parent`). */
export type Parts = { parent: { id: string; display_id: number } | null; parts: Part[] }
export type PartsRead = { state: "loading" } | { state: "loaded"; view: Parts } | { state: "failed"; message: string }

/** The parts view of the order on screen, read again when the admin opens another order. */
export function useOrderParts(orderId: string): PartsRead {
  const [read, setRead] = useState<PartsRead>({ state: "loading" })
  useEffect(() => {
    setRead({ state: "loading" })
    adminFetch<Parts>(`/admin/orders/${orderId}/parts`)
      .then((view) => setRead({ state: "loaded", view }))
      .catch((e: Error) => setRead({ state: "failed", message: e.message }))
  }, [orderId])
  return read
}
