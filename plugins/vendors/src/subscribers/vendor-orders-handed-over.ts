import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordVendorOrdersHandedOverWorkflow } from "../workflows/vendor/workflows/record-vendor-orders-handed-over"

// A round announces it has started, with the makers' orders it carries (delivery-rounds plugin).
export default async function vendorOrdersHandedOver({ event, container }: SubscriberArgs<{ status: string; child_order_ids?: string[] }>) {
  if (event.data.status !== "in_progress" || !event.data.child_order_ids?.length) return
  await recordVendorOrdersHandedOverWorkflow(container).run({ input: { order_ids: event.data.child_order_ids } })
}

export const config: SubscriberConfig = { event: "delivery.round_status_changed" }
