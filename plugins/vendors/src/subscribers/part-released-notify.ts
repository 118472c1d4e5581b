import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { toCents } from "../lib/money"
import { ROUND_MINIMUM_REASON } from "../lib/released-part"
import { sendResidentOrderMail } from "../lib/resident-order-mail"
import { VendorMailTemplates } from "../lib/shop-mail"
import { VendorEvents } from "../workflows/events"

type PartReleased = { parent_order_id: string; vendor_id: string; amount: number; order_cancelled: boolean; paid_before: boolean; reason: string; by?: "maker" | "network" }

// The resident learns that a maker's part left the order, why (the maker's or the coordinators' words), and what
// the order comes to now — in the language they shopped in. A part released at a round's cutoff
// is not told here: the round told the residents before anything was charged.
export default async function notifyPartReleased({ event, container }: SubscriberArgs<PartReleased>) {
  if (event.data.reason === ROUND_MINIMUM_REASON) return
  await sendResidentOrderMail(container, event.data, VendorMailTemplates.PART_CANCELLED, (mail) => ({
    reason: event.data.reason,
    by: event.data.by ?? "maker",
    amount: event.data.amount,
    total: toCents(mail.total),
    outcome: event.data.order_cancelled ? "order_cancelled" : mail.card ? (event.data.paid_before ? "card_refunded" : "card") : "on_delivery",
  }))
}

export const config: SubscriberConfig = { event: VendorEvents.PART_RELEASED }
