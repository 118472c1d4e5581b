import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendMail } from "@rbv/kit"
import { makerPartMail } from "../lib/maker-part-mail"
import { ORDER_CANCELLED_REASON, ROUND_MINIMUM_REASON } from "../lib/released-part"
import { shopRecipients, VendorMailTemplates } from "../lib/shop-mail"
import { VendorEvents } from "../workflows/events"

type PartCancelled = { id: string; reason: string; by?: "maker" | "network" }

// A maker's part cancelled by someone else — the resident cancelled the whole order, or the coordinators cancelled
// it or the part — reaches the maker, who may already be preparing it (after the cutoff, its packing list has it).
// Not the maker's own cancel, nor a part its own round minimum released.
export default async function notifyMakerPartWithdrawn({ event, container }: SubscriberArgs<PartCancelled>) {
  if (event.data.by !== "network" || event.data.reason === ROUND_MINIMUM_REASON) return
  const part = await makerPartMail(container, event.data.id)
  if (!part) return
  const { vendor, to } = await shopRecipients(container, part.vendor_id)
  const wholeOrder = event.data.reason === ORDER_CANCELLED_REASON
  await sendMail(container, to, VendorMailTemplates.PART_WITHDRAWN, {
    vendor_name: vendor.name,
    order_number: part.order_number,
    customer_name: part.customer_name,
    slot: part.slot,
    items: part.items,
    by: wholeOrder ? "order" : "network",
    reason: wholeOrder ? null : event.data.reason,
  })
}

export const config: SubscriberConfig = { event: VendorEvents.ORDER_CANCELLED }
