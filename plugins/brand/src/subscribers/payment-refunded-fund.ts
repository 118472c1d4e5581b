import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reverseOrderInFundWorkflow } from "../workflows/fund/workflows/reverse-order-in-fund"

// A refund gives back the same fraction of what the order brought into the fund as the
// fraction of the payment refunded so far (a full refund gives back all of it).
export default async function fundOnPaymentRefunded({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "amount", "refunds.amount", "payment_collection.order.id"],
    filters: { id: event.data.id },
  })
  const payment = data[0] as any
  const orderId = payment?.payment_collection?.order?.id
  if (!orderId || !Number(payment.amount)) return
  const refunded = (payment.refunds ?? []).reduce((sum: number, r: any) => sum + Number(r.amount), 0)
  await reverseOrderInFundWorkflow(container).run({
    input: { order_id: orderId, fraction: refunded / Number(payment.amount), reason: "Rimborso" },
  })
}

export const config: SubscriberConfig = { event: "payment.refunded" }
