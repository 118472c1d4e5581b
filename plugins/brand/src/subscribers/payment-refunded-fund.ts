import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reverseOrderInFundWorkflow } from "../workflows/fund/workflows/reverse-order-in-fund"

// The refund of a maker's released part (vendors plugin) is settled by its own event, by the part's share.
const RELEASED_PART_REFUND_CODE = "maker_part_released"

// A refund gives back the same fraction of what the order brought into the fund as the
// fraction of the payment refunded so far (a full refund gives back all of it).
export default async function fundOnPaymentRefunded({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "amount", "refunds.amount", "refunds.refund_reason.code", "payment_collection.order.id"],
    filters: { id: event.data.id },
  })
  const payment = data[0] as any
  const orderId = payment?.payment_collection?.order?.id
  if (!orderId || !Number(payment.amount)) return
  const refunds = (payment.refunds ?? []) as { amount: unknown; refund_reason?: { code?: string } | null }[]
  const isPart = (r: (typeof refunds)[number]) => r.refund_reason?.code === RELEASED_PART_REFUND_CODE
  const total = (rows: typeof refunds) => rows.reduce((sum, r) => sum + Number(r.amount), 0)
  const paid = Number(payment.amount) - total(refunds.filter(isPart))
  const refunded = total(refunds.filter((r) => !isPart(r)))
  if (!refunded || paid <= 0) return
  await reverseOrderInFundWorkflow(container).run({
    input: { order_id: orderId, fraction: refunded / paid, reason: "Rimborso" },
  })
}

export const config: SubscriberConfig = { event: "payment.refunded" }
