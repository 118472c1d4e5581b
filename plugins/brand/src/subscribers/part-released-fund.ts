import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reverseOrderInFundWorkflow } from "../workflows/fund/workflows/reverse-order-in-fund"

type PartReleased = { parent_order_id: string; amount: number; order_cancelled: boolean; paid_before: boolean }

/**
 * A maker's part left a resident's order (vendors plugin, e.g. a round's minimum not reached).
 * Paid before (a captured card): the fund took its share of the part, which goes back. Not paid
 * yet: the share is taken later on the order's reduced total, nothing to give back. The whole
 * order cancelled: `order.canceled` gives everything back.
 */
export default async function fundOnPartReleased({ event, container }: SubscriberArgs<PartReleased>) {
  if (!event.data.paid_before || event.data.order_cancelled) return
  await reverseOrderInFundWorkflow(container).run({
    input: { order_id: event.data.parent_order_id, goods: event.data.amount, reason: "Parte di un artigiano annullata" },
  })
}

export const config: SubscriberConfig = { event: "vendor.order_part_released" }
