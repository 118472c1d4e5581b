import type { MedusaContainer } from "@medusajs/framework/types"
import { PAYOUT_MODULE } from "../../modules/payout"
import type PayoutModuleService from "../../modules/payout/service"
import { capturedParents } from "./steps/create-due-payouts"

export type NotDue = {
  /** Delivered sales still in their holding period, and when the first one comes out of it. */
  in_holding: number
  next_eligible_at: string | null
  /** Past the holding period, but the resident has not paid yet (pay on delivery not collected). */
  awaiting_payment: number
  /** Past the holding period and paid, yet left open: the maker's refunds take it to nothing. */
  offset_by_refunds: number
}

/**
 * Why a payout run paid nothing: the sales not yet paid to their makers, by what they wait for
 * (same rules as create-due-payouts), so the coordinators read a reason rather than "0".
 */
export async function notDueSales(container: MedusaContainer, now = new Date()): Promise<NotDue> {
  const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
  const open = (await service.listPayoutItems({ payout_id: null, kind: "sale" }, { take: 10_000 })).map((i) => ({ ...i, eligible_at: new Date(i.eligible_at) }))
  const holding = open.filter((i) => i.eligible_at > now)
  const due = open.filter((i) => i.eligible_at <= now)
  const paid = await capturedParents(container, [...new Set(due.map((i) => i.parent_order_id!).filter(Boolean))])
  const next = holding.reduce<Date | null>((min, i) => (!min || i.eligible_at < min ? i.eligible_at : min), null)
  return {
    in_holding: holding.length,
    next_eligible_at: next?.toISOString() ?? null,
    awaiting_payment: due.filter((i) => !paid.has(i.parent_order_id!)).length,
    offset_by_refunds: due.filter((i) => paid.has(i.parent_order_id!)).length,
  }
}
