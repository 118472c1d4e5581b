import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ROUND_MINIMUM_REASON } from "../lib/released-part"
import { releaseVendorPartWorkflow } from "../workflows/vendor/workflows/release-vendor-part"

/**
 * A round's cutoff found a maker's part under the minimum it set, with "release" as its choice
 * (delivery-rounds plugin, which already told the residents): each of its child orders is cancelled
 * as a maker's cancellation is, reversing the sale (and the round gives its batch units back), and
 * the part leaves the resident's order: its total drops, a card gives the part back.
 */
export default async function cancelPartsBelowMinimum({ event, container }: SubscriberArgs<{ vendor_id: string; order_ids: string[] }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const order_id of event.data.order_ids) {
    const { errors } = await releaseVendorPartWorkflow(container).run({
      input: { order_id, vendor_id: event.data.vendor_id, reason: ROUND_MINIMUM_REASON, canceled_by: event.data.vendor_id },
      throwOnError: false,
    })
    // One part already cancelled by hand does not stop the others.
    if (errors.length) logger.warn(`Minimum not reached: order ${order_id} not cancelled: ${errors[0].error?.message}`)
  }
}

export const config: SubscriberConfig = { event: "delivery.maker_minimum_missed" }
