import { useAdminRead } from "./admin-read"

export type Part = { id: string; display_id: number; stage: "to_prepare" | "ready" | "gone" | "cancelled"; total: number; cancel_reason: string | null; vendor: { name: string } | null }
/** GET /admin/orders/:id/parts: a resident's order's parts, or a part's resident order (`parent`). */
export type Parts = { parent: { id: string; display_id: number } | null; parts: Part[] }

/** The parts view of the order on screen. */
export const useOrderParts = (orderId: string) => useAdminRead<Parts>(`/admin/orders/${orderId}/parts`)
