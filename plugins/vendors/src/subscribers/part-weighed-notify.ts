import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { residentLocale, sendMail } from "@rbv/kit"
import { VendorMailTemplates } from "../lib/shop-mail"
import { VENDOR_MODULE } from "../modules/vendor"
import type VendorModuleService from "../modules/vendor/service"
import { VendorEvents } from "../workflows/events"
import { CASH_PROVIDER_ID } from "../workflows/payout/steps/find-cash-payment"

type PartWeighed = {
  parent_order_id: string
  vendor_id: string
  total_before: number
  total_after: number
  captured: number | null
  lines: { title: string; quantity: number; grams: number; estimate: number; amount: number; capped: boolean }[]
}

// The resident learns the final amount before delivery: what each weighed piece weighed and cost,
// and the order's new total (charged to the card, or to pay at the door), in the language they shopped in.
export default async function notifyPartWeighed({ event, container }: SubscriberArgs<PartWeighed>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "email", "display_id", "metadata", "customer.metadata", "payment_collections.payments.provider_id"],
    filters: { id: event.data.parent_order_id },
  })
  const order = data[0] as any
  if (!order?.email) return
  const vendor = await (container.resolve(VENDOR_MODULE) as VendorModuleService).retrieveVendor(event.data.vendor_id)
  const card = (order.payment_collections ?? []).flatMap((c: any) => c.payments ?? []).some((p: any) => p.provider_id !== CASH_PROVIDER_ID)
  await sendMail(container, [{ email: order.email, locale: residentLocale(order) }], VendorMailTemplates.PART_WEIGHED, {
    order_id: order.id,
    display_id: order.display_id,
    maker: vendor.name,
    lines: event.data.lines,
    total_before: event.data.total_before,
    total: event.data.total_after,
    payment: card ? (event.data.captured !== null ? "card_charged" : "card") : "on_delivery",
  })
}

export const config: SubscriberConfig = { event: VendorEvents.PART_WEIGHED }
