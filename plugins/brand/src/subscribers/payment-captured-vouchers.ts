import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { createPaymentVouchersWorkflow } from "../workflows/voucher/workflows/create-payment-vouchers"

export default async function vouchersOnPaymentCaptured({ event, container }: SubscriberArgs<{ id: string }>) {
  await createPaymentVouchersWorkflow(container).run({ input: { payment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "payment.captured" }
