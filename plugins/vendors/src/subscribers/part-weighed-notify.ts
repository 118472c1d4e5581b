import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendResidentOrderMail } from "../lib/resident-order-mail"
import { VendorMailTemplates } from "../lib/shop-mail"
import { VendorEvents } from "../workflows/events"

type PartWeighed = {
  parent_order_id: string
  vendor_id: string
  total_before: number
  total_after: number
  captured: number | null
  refunded?: number | null
  corrected?: boolean
  lines: { title: string; quantity: number; grams: number; estimate: number; amount: number; capped: boolean }[]
}

// The resident learns the final amount before delivery: what each weighed piece weighed and cost,
// and the order's new total (charged to the card, or to pay at the door), in the language they shopped in.
export default async function notifyPartWeighed({ event, container }: SubscriberArgs<PartWeighed>) {
  await sendResidentOrderMail(container, event.data, VendorMailTemplates.PART_WEIGHED, (mail) => ({
    lines: event.data.lines,
    total_before: event.data.total_before,
    total: event.data.total_after,
    payment: mail.card ? (event.data.refunded ? "card_refunded" : event.data.captured !== null ? "card_charged" : "card") : "on_delivery",
    corrected: Boolean(event.data.corrected),
    refunded: event.data.refunded ?? null,
  }))
}

export const config: SubscriberConfig = { event: VendorEvents.PART_WEIGHED }
