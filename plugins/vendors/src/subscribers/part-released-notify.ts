import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { residentLocale, sendMail } from "@rbv/kit"
import { toCents } from "../lib/money"
import { ROUND_MINIMUM_REASON } from "../lib/released-part"
import { VendorMailTemplates } from "../lib/shop-mail"
import { VENDOR_MODULE } from "../modules/vendor"
import type VendorModuleService from "../modules/vendor/service"
import { VendorEvents } from "../workflows/events"
import { CASH_PROVIDER_ID } from "../workflows/payout/steps/find-cash-payment"

type PartReleased = { parent_order_id: string; vendor_id: string; amount: number; order_cancelled: boolean; paid_before: boolean; reason: string }

// The resident learns that a maker's part left the order, why (the maker's own words), and what
// the order comes to now — in the language they shopped in. A part released at a round's cutoff
// is not told here: the round told the residents before anything was charged.
export default async function notifyPartReleased({ event, container }: SubscriberArgs<PartReleased>) {
  if (event.data.reason === ROUND_MINIMUM_REASON) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "email", "display_id", "total", "metadata", "customer.metadata", "payment_collections.payments.provider_id"],
    filters: { id: event.data.parent_order_id },
  })
  const order = data[0] as any
  if (!order?.email) return
  const vendor = await (container.resolve(VENDOR_MODULE) as VendorModuleService).retrieveVendor(event.data.vendor_id)
  const card = (order.payment_collections ?? []).flatMap((c: any) => c.payments ?? []).some((p: any) => p.provider_id !== CASH_PROVIDER_ID)
  await sendMail(container, [{ email: order.email, locale: residentLocale(order) }], VendorMailTemplates.PART_CANCELLED, {
    order_id: order.id,
    display_id: order.display_id,
    maker: vendor.name,
    reason: event.data.reason,
    amount: event.data.amount,
    total: toCents(order.total),
    outcome: event.data.order_cancelled ? "order_cancelled" : card ? (event.data.paid_before ? "card_refunded" : "card") : "on_delivery",
  })
}

export const config: SubscriberConfig = { event: VendorEvents.PART_RELEASED }
